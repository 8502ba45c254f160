/** A concept section that teaches a command or flag: its address and its heading. */
export interface ConceptLink {
  href: string;
  title: string;
}

/** Concept sections by address; every address is a pinned anchor (tests/unit/explain-concepts.test.ts). */
const SECTIONS: Readonly<Record<string, string>> = {
  '/client/#a-thin-program-in-front-of-an-api': 'A thin program in front of an API',
  '/client/#host-addresses': 'Host addresses',
  '/client/#command-groups-and-short-aliases': 'Command groups and short aliases',
  '/client/#contexts': 'Contexts',
  '/client/#versions-information-and-plugins': 'Versions, information and plugins',
  '/container/#what-happens-on-docker-run': 'What happens on docker run',
  '/container/#the-container-lifecycle': 'The container lifecycle',
  '/container/#common-docker-run-flags': 'Common docker run flags',
  '/container/#listing-logs-and-exec': 'Listing, logs and exec',
  '/container/#restart-policies': 'Restart policies',
  '/container/#the-writable-container-layer': 'The writable container layer',
  '/container/#cgroups-what-a-process-can-use': 'cgroups: what a process can use',
  '/container/#capabilities-seccomp-and-security-modules': 'Capabilities, seccomp and security modules',
  '/daemon/#the-unix-socket-and-who-may-use-it': 'The Unix socket and who may use it',
  '/daemon/#watching-the-daemon': 'Watching the daemon',
  '/image/#how-images-are-built': 'How images are built',
  '/image/#list-and-pull': 'List and pull',
  '/image/#remove-and-prune': 'Remove and prune',
  '/image/#inspect-the-config-and-the-history': 'Inspect the config and the history',
  '/image/#tags-and-digests': 'Tags and digests',
  '/registry/#pulling-images': 'Pulling images',
  '/registry/#pushing-and-logging-in': 'Pushing and logging in',
  '/registry/#reading-an-image-reference': 'Reading an image reference',
  '/registry/#one-name-several-platforms': 'One name, several platforms',
  '/volume/#a-named-volume-step-by-step': 'A named volume, step by step',
  '/volume/#volumes': 'Volumes',
  '/volume/#bind-mounts': 'Bind mounts',
  '/volume/#anonymous-volumes-and-cleanup': 'Anonymous volumes and cleanup',
  '/volume/#mount-types-at-a-glance': 'Mount types at a glance',
  '/volume/#short-and-long-mount-syntax': 'Short and long mount syntax',
  '/volume/#tmpfs-mounts': 'tmpfs mounts',
  '/volume/#image-mounts': 'Image mounts',
  '/network/#publishing-ports': 'Publishing ports',
  '/network/#user-defined-networks': 'User-defined networks',
  '/network/#the-default-bridge-network': 'The default bridge network',
  '/network/#network-drivers': 'Network drivers',
  '/network/#managing-networks': 'Managing networks',
  '/network/#aliases': 'Aliases',
  '/dockerfile/#build-context-and-dockerignore': 'Build context and .dockerignore',
  '/dockerfile/#the-build-cache': 'The build cache',
  '/dockerfile/#choosing-a-target': 'Choosing a target',
  '/dockerfile/#cmd-and-entrypoint': 'CMD and ENTRYPOINT',
  '/dockerfile/#inspecting-and-scanning-the-result': 'Inspecting and scanning the result',
  '/compose/#what-compose-is-today': 'What Compose is today',
  '/compose/#running-an-application': 'Running an application',
  '/compose/#a-first-composeyaml': 'A first compose.yaml',
  '/orchestration/#swarm-mode': 'Swarm mode',
};

/** Commands by canonical path (or the group they start with) → section. The longest prefix wins. */
const BY_COMMAND: Readonly<Record<string, string>> = {
  docker: '/client/#a-thin-program-in-front-of-an-api',
  'docker container run': '/container/#what-happens-on-docker-run',
  'docker container create': '/container/#what-happens-on-docker-run',
  'docker container ls': '/container/#listing-logs-and-exec',
  'docker container logs': '/container/#listing-logs-and-exec',
  'docker container exec': '/container/#listing-logs-and-exec',
  'docker container': '/container/#the-container-lifecycle',
  'docker image build': '/image/#how-images-are-built',
  'docker buildx build': '/image/#how-images-are-built',
  'docker builder prune': '/dockerfile/#the-build-cache',
  'docker image pull': '/registry/#pulling-images',
  'docker image push': '/registry/#pushing-and-logging-in',
  'docker login': '/registry/#pushing-and-logging-in',
  'docker logout': '/registry/#pushing-and-logging-in',
  'docker image ls': '/image/#list-and-pull',
  'docker image rm': '/image/#remove-and-prune',
  'docker image prune': '/image/#remove-and-prune',
  'docker image inspect': '/image/#inspect-the-config-and-the-history',
  'docker image history': '/image/#inspect-the-config-and-the-history',
  'docker image tag': '/image/#tags-and-digests',
  'docker volume': '/volume/#a-named-volume-step-by-step',
  'docker network': '/network/#managing-networks',
  'docker compose': '/compose/#running-an-application',
  'docker-compose': '/compose/#what-compose-is-today',
  'docker swarm': '/orchestration/#swarm-mode',
  'docker service': '/orchestration/#swarm-mode',
  'docker stack': '/orchestration/#swarm-mode',
  'docker node': '/orchestration/#swarm-mode',
  'docker context': '/client/#contexts',
  'docker version': '/client/#versions-information-and-plugins',
  'docker system': '/daemon/#watching-the-daemon',
  'docker scout': '/dockerfile/#inspecting-and-scanning-the-result',
};

/** Flags by long name → section, for any command; `path --flag` keys win over plain ones. */
const BY_FLAG: Readonly<Record<string, string>> = {
  '--publish': '/network/#publishing-ports',
  '--publish-all': '/network/#publishing-ports',
  '--network': '/network/#user-defined-networks',
  '--network-alias': '/network/#aliases',
  '--volume': '/volume/#mount-types-at-a-glance',
  '--mount': '/volume/#short-and-long-mount-syntax',
  '--tmpfs': '/volume/#tmpfs-mounts',
  '--read-only': '/container/#the-writable-container-layer',
  '--restart': '/container/#restart-policies',
  '--cap-add': '/container/#capabilities-seccomp-and-security-modules',
  '--cap-drop': '/container/#capabilities-seccomp-and-security-modules',
  '--privileged': '/container/#capabilities-seccomp-and-security-modules',
  '--security-opt': '/container/#capabilities-seccomp-and-security-modules',
  '--memory': '/container/#cgroups-what-a-process-can-use',
  '--cpus': '/container/#cgroups-what-a-process-can-use',
  '--pids-limit': '/container/#cgroups-what-a-process-can-use',
  '--platform': '/registry/#one-name-several-platforms',
  '--target': '/dockerfile/#choosing-a-target',
  '--no-cache': '/dockerfile/#the-build-cache',
  '--entrypoint': '/dockerfile/#cmd-and-entrypoint',
  '--host': '/client/#host-addresses',
  '--context': '/client/#contexts',
  'docker compose --file': '/compose/#a-first-composeyaml',
  'docker container run --detach': '/container/#common-docker-run-flags',
  'docker container run --interactive': '/container/#common-docker-run-flags',
  'docker container run --tty': '/container/#common-docker-run-flags',
  'docker container run --rm': '/container/#common-docker-run-flags',
  'docker container run --name': '/container/#common-docker-run-flags',
  'docker container run --env': '/container/#common-docker-run-flags',
};

/** Returns every concept address this module links to, for the anchor test. */
export function listConceptHrefs(): string[] {
  return [...new Set([...Object.keys(SECTIONS), ...Object.values(BY_COMMAND), ...Object.values(BY_FLAG)])];
}

/** Returns the link for a concept address, with its section's heading. */
export function toConceptLink(href: string | undefined): ConceptLink | undefined {
  return href ? { href, title: SECTIONS[href] ?? href } : undefined;
}

/**
 * Returns the concept section for a command (by its path or the group it belongs to) or for one
 * of its flags.
 * @example toConcept('docker volume create')?.href // '/volume/#a-named-volume-step-by-step'
 * @example toConcept('docker container run', '--publish')?.href // '/network/#publishing-ports'
 */
export function toConcept(commandPath: string, flag?: string): ConceptLink | undefined {
  if (flag) return toConceptLink(BY_FLAG[`${commandPath} ${flag}`] ?? BY_FLAG[flag]);
  for (let words = commandPath.split(' '); words.length > 0; words = words.slice(0, -1)) {
    const href = BY_COMMAND[words.join(' ')];
    if (href) return toConceptLink(href);
  }
  return undefined;
}
