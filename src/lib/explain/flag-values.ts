import type { Decoded } from './decoded.ts';
import type { Say } from './say.ts';

/**
 * The value decoders, by name. Each lives in its own module, so the browser fetches one only
 * when a command needs it (src/client/explain.ts); the build passes them all
 * (src/lib/explain/decoders.ts).
 */
export const DECODER_NAMES = [
  'publish',
  'volume',
  'mount',
  'env',
  'restart',
  'network',
  'platform',
  'format',
  'filter',
  'image',
] as const;
export type DecoderName = (typeof DECODER_NAMES)[number];
export type Decode = (value: string, commandPath: string, say: Say) => Decoded;
/** The decoders at hand; one that is missing is asked for (see `explainCommandLine`). */
export type Decoders = Partial<Record<DecoderName, Decode>>;

/** Value decoders by long flag name; `--filter` also needs the command. */
const BY_FLAG: Readonly<Record<string, DecoderName>> = {
  '--publish': 'publish',
  '--volume': 'volume',
  '--mount': 'mount',
  '--env': 'env',
  '--restart': 'restart',
  '--network': 'network',
  '--net': 'network',
  '--platform': 'platform',
  '--format': 'format',
  '--filter': 'filter',
  '--tag': 'image',
};

/** Flags whose value names something a decoder reads differently elsewhere (`docker service create --mount`). */
const OTHER_SYNTAX = /^docker (?:service|stack|swarm|node|compose)\b/;

/**
 * Returns the decoder that reads a flag's value, or nothing when none does.
 * @example toFlagDecoder('docker container run', '--publish') // 'publish'
 */
export function toFlagDecoder(commandPath: string, flag: string): DecoderName | undefined {
  const name = BY_FLAG[flag];
  return name && (!OTHER_SYNTAX.test(commandPath) || name === 'format' || name === 'filter') ? name : undefined;
}

/**
 * Says what a flag's value means with the decoder given. A value the shell fills in entirely
 * (`$VAR`, `$(cmd)`) is said to be the shell's.
 * @example decodeFlagValue(decodePublish, 'docker container run', '8080:80', false, SAY).text // 'Container port 80/tcp …'
 */
export function decodeFlagValue(
  decode: Decode,
  commandPath: string,
  value: string,
  opaque: boolean,
  say: Say,
): Decoded {
  // A value that starts with the shell's `$…` is unknown until it runs; `"$PWD":/app` or
  // `src="$(pwd)"` inside a spec still tell the decoder what kind of mount it is.
  if (opaque && value.startsWith('$')) return { text: say('value.shell', value) };
  return decode(value, commandPath, say);
}
