/**
 * Every message the simulated engine prints that Docker prints, worded as Docker Engine and CLI
 * v29.7.2 word it, with the file it comes from (moby/moby at tag docker-v29.7.2, docker/cli at
 * tag v29.7.2). docs/playground.md lists where the recording engine (Debian's 20.10) differs.
 * The network and volume commands' messages are in ./object-messages.ts, loaded with them.
 */

/** The daemon's errors reach the user prefixed by the client (moby client/errors.go). */
export const fromDaemon = (message: string): string => `Error response from daemon: ${message}`;

export const MESSAGES = {
  /** moby daemon/errors.go (nameConflictError) */
  nameConflict: (name: string, id: string) =>
    `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
  /** moby daemon/delete.go (containerRm, cleanupContainer) */
  removeRunning: (name: string) =>
    `cannot remove container "${name}": container is running: stop the container before removing or force remove`,
  /** moby daemon/container/view.go */
  noSuchContainer: (name: string) => `No such container: ${name}`,
  /** moby daemon/errors.go (errNotRunning) */
  notRunning: (id: string) => `container ${id} is not running`,
  /** moby daemon/libnetwork/endpoint.go and portallocator/portallocator.go */
  portAllocated: (endpoint: string, id: string, ip: string, port: number) =>
    `driver failed programming external connectivity on endpoint ${endpoint} (${id}): Bind for ${ip}:${port} failed: port is already allocated`,
  /** moby daemon/containerd/image_delete.go (imageDeleteConflict, containerd image store) */
  imageInUse: (imageId: string, running: boolean, containerId: string) =>
    `conflict: unable to delete ${imageId} (${running ? 'cannot be forced' : 'must be forced'}) - image is being used by ${running ? 'running' : 'stopped'} container ${containerId}`,
  /** moby daemon/images/image_delete.go: an image referenced in several repositories by ID */
  imageMultipleRefs: (imageId: string) =>
    `conflict: unable to delete ${imageId} (must be forced) - image is referenced in multiple repositories`,
  /** moby daemon/containerd/image.go (GetImage not found) */
  noSuchImage: (ref: string) => `No such image: ${ref}`,
  /** cli/command/container/create.go (pullAndTagImage) */
  unableToFind: (ref: string) => `Unable to find image '${ref}' locally`,
  /** moby distribution/errors.go: a repository the registry does not hold */
  pullDenied: (repo: string) =>
    `pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
  /** moby distribution/errors.go: a tag the registry does not hold */
  manifestUnknown: (ref: string) => `manifest for ${ref} not found: manifest unknown: manifest unknown`,
  /** runc (not moby) as Engine 25 and later relay it (containerd 1.7+, runc 1.1+); cli/command/container/run.go maps it to exit 127 */
  notFoundInPath: (program: string) =>
    `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${program}": executable file not found in $PATH: unknown`,
  /** cli/command/container/run.go (runContainer's error wrapping) */
  runWrapper: (message: string, command: string) =>
    `docker: ${message}\n\nRun '${command} --help' for more information`,
  /** cli/command/container/exec.go via moby daemon/exec.go */
  execNotFound: (program: string) =>
    `OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown`,
  /** cli/required.go (RequiresMinArgs) */
  requiresMinArgs: (path: string, min: number, usage: string) =>
    `docker: '${path}' requires at least ${min} argument${min === 1 ? '' : 's'}\n\nUsage:  ${usage}\n\nSee '${path} --help' for more information`,
  /** cli/required.go (ExactArgs: "Run", where RequiresMinArgs says "See") */
  requiresExactArgs: (path: string, count: number, usage: string) =>
    `docker: '${path}' requires ${count} argument${count === 1 ? '' : 's'}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  /** cli/command/container/opts.go (parse) */
  rmWithRestart: () => `conflicting options: cannot specify both --restart and --rm`,
} as const;
