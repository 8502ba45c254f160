import type { Decoded } from './decoded.ts';

const BUILT_IN: Readonly<Record<string, Decoded>> = {
  bridge: {
    text: 'The default bridge network: the container gets a private address; other containers reach it by IP, not by name.',
    concept: '/network/#the-default-bridge-network',
  },
  host: {
    text: "The host's own network: no isolation, the container's ports are the host's ports, and -p is ignored.",
    concept: '/network/#network-drivers',
  },
  none: { text: 'No network: the container has only its loopback interface.', concept: '/network/#network-drivers' },
};

/**
 * Says which network a `--network` value joins: `bridge`, `host`, `none`, `container:NAME`, or a
 * user-defined network (also in the long form `name=NET,alias=…`).
 * @example decodeNetwork('appnet').text // 'The user-defined network appnet: …'
 */
export function decodeNetwork(value: string): Decoded {
  const name = /(?:^|,)name=([^,]*)/.exec(value)?.[1] ?? value;
  const builtIn = BUILT_IN[name === 'default' ? 'bridge' : name];
  if (builtIn) return builtIn;
  if (name.startsWith('container:'))
    return {
      text: `Shares the network of the container ${name.slice(10)}: same addresses and ports, reachable as localhost.`,
      concept: '/network/#network-drivers',
    };
  return {
    text: `The user-defined network ${name} (made with \`docker network create ${name}\`): containers on it reach each other by name.`,
    concept: '/network/#user-defined-networks',
  };
}
