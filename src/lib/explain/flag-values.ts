import type { Decoded } from './decoded.ts';
import { decodeEnv } from './env.ts';
import { decodeFilter } from './filter.ts';
import { decodeFormat } from './format.ts';
import { decodeImage } from './image.ts';
import { decodeMount } from './mount.ts';
import { decodeNetwork } from './network.ts';
import { decodePlatform } from './platform.ts';
import { decodePublish } from './ports.ts';
import { decodeRestart } from './restart.ts';
import { decodeVolume } from './volumes.ts';

/** Value decoders by long flag name; `--filter` also needs the command. */
const DECODERS: Readonly<Record<string, (value: string, commandPath: string) => Decoded>> = {
  '--publish': decodePublish,
  '--volume': decodeVolume,
  '--mount': decodeMount,
  '--env': decodeEnv,
  '--restart': decodeRestart,
  '--network': decodeNetwork,
  '--net': decodeNetwork,
  '--platform': decodePlatform,
  '--format': decodeFormat,
  '--filter': decodeFilter,
  '--tag': decodeImage,
};

/** Flags whose value names something a decoder reads differently elsewhere (`docker service create --mount`). */
const OTHER_SYNTAX = /^docker (?:service|stack|swarm|node|compose)\b/;

/**
 * Says what a flag's value means, or nothing when no decoder knows the flag. A value the shell
 * fills in entirely (`$VAR`, `$(cmd)`) is said to be the shell's.
 * @example decodeFlagValue('docker container run', '--publish', '8080:80', false)?.text // 'Container port 80/tcp …'
 */
export function decodeFlagValue(
  commandPath: string,
  flag: string,
  value: string,
  opaque: boolean,
): Decoded | undefined {
  const decode = DECODERS[flag];
  if (!decode || (OTHER_SYNTAX.test(commandPath) && flag !== '--format' && flag !== '--filter')) return undefined;
  // A value that starts with the shell's `$…` is unknown until it runs; `"$PWD":/app` or
  // `src="$(pwd)"` inside a spec still tell the decoder what kind of mount it is.
  if (opaque && value.startsWith('$'))
    return { text: `The shell fills in ${value} before docker runs, so its meaning depends on your environment.` };
  return decode(value, commandPath);
}
