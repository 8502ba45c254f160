import type { Decoded } from './decoded.ts';
import type { MessageKey } from './messages.ts';
import type { Say } from './say.ts';

/** The networks every daemon has: what each means (a key of messages.ts) and the section that teaches it. */
const BUILT_IN: Readonly<Record<string, readonly [MessageKey, string]>> = {
  bridge: ['net.bridge', '/network/#the-default-bridge-network'],
  host: ['net.host', '/network/#network-drivers'],
  none: ['net.none', '/network/#network-drivers'],
};

/**
 * Says which network a `--network` value joins: `bridge`, `host`, `none`, `container:NAME`, or a
 * user-defined network (also in the long form `name=NET,alias=…`).
 * @example decodeNetwork('appnet', '', SAY).text // 'The user-defined network appnet: …'
 */
export function decodeNetwork(value: string, _commandPath: string, say: Say): Decoded {
  const name = /(?:^|,)name=([^,]*)/.exec(value)?.[1] ?? value;
  const builtIn = BUILT_IN[name === 'default' ? 'bridge' : name];
  if (builtIn) return { text: say(builtIn[0]), concept: builtIn[1] };
  if (name.startsWith('container:'))
    return { text: say('net.container', name.slice(10)), concept: '/network/#network-drivers' };
  return { text: say('net.user', name), concept: '/network/#user-defined-networks' };
}
