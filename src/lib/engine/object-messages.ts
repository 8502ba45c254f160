/**
 * The messages of the network and volume commands (./objects.ts), worded as Docker Engine
 * v29.7.2 words them, with the moby file each comes from (tag docker-v29.7.2). Apart from
 * ./messages.ts so that they load with those commands, on first use; so are the two argument
 * errors of docker/cli that only these commands print.
 */
export const OBJECT_MESSAGES = {
  /** cli/required.go (RequiresMaxArgs) */
  requiresMaxArgs: (path: string, max: number, usage: string) =>
    `docker: '${path}' requires at most ${max} argument${max === 1 ? '' : 's'}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  /** cli/required.go (RequiresRangeArgs: "arguments" after the maximum) */
  requiresRangeArgs: (path: string, min: number, max: number, usage: string) =>
    `docker: '${path}' requires at least ${min} and at most ${max} argument${max === 1 ? '' : 's'}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  /** moby daemon/volume/service/errors.go (OpErr, errVolumeInUse), service.go */
  volumeInUse: (name: string, ids: readonly string[]) => `remove ${name}: volume is in use - [${ids.join(', ')}]`,
  /** moby daemon/volume/service/errors.go (errNoSuchVolume) */
  noSuchVolume: (name: string) => `get ${name}: no such volume`,
  /** moby daemon/network.go and libnetwork/error.go (ActiveEndpointsError) */
  networkActive: (name: string, endpoints: readonly { name: string; id: string }[]) =>
    `error while removing network: network ${name} has active endpoints (${endpoints.map((ep) => `name:"${ep.name}" id:"${ep.id}"`).join(', ')})`,
  /** moby daemon/network.go */
  predefinedNetwork: (name: string) => `${name} is a pre-defined network and cannot be removed`,
  /** moby daemon/network.go (FindNetwork's notFound via libnetwork ErrNoSuchNetwork) */
  noSuchNetwork: (name: string) => `network ${name} not found`,
  /** moby daemon/network.go (createNetwork: name already used) */
  networkExists: (name: string) => `network with name ${name} already exists`,
  /** moby daemon/container_operations.go (connectToNetwork: already attached) */
  alreadyConnected: (container: string, network: string) =>
    `endpoint with name ${container} already exists in network ${network}`,
  /** moby daemon/container_operations.go (DisconnectFromNetwork) */
  notConnected: (id: string, network: string) => `container ${id} is not connected to network ${network}`,
} as const;
