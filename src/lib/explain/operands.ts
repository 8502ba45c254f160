import type { CliCommand } from '../cli/data.ts';
import type { Decoded } from './decoded.ts';
import type { Decode } from './flag-values.ts';
import type { Say } from './say.ts';

/**
 * Returns the names of a command's positional arguments, from its usage line: for
 * `docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]` that is `IMAGE`, `[COMMAND]`, `[ARG...]`.
 */
export function toOperandNames(command: Readonly<CliCommand>): string[] {
  const tail = command.usage.slice(command.usage.indexOf(command.path) + command.path.length);
  return tail
    .replace('[OPTIONS]', '')
    .replace(/\s*\|\s*/g, '|')
    .split(/\s+/)
    .filter(Boolean);
}

/** Returns the usage name that the operand at `index` fills (a repeated `NAME...` takes the rest). */
export function toOperandName(names: readonly string[], index: number): string {
  const name = names[Math.min(index, names.length - 1)] ?? 'ARG';
  return index >= names.length && !name.includes('...') ? '' : name;
}

/**
 * Says what a positional argument is, from the name its command's usage gives it; an image
 * reference is read by the image decoder, which `image` returns (nothing when it is not loaded yet).
 * @example decodeOperand('IMAGE', 'nginx', 'docker container run', () => decodeImage, SAY)?.text // 'The image docker.io/library/nginx:latest: …'
 */
export function decodeOperand(
  name: string,
  value: string,
  commandPath: string,
  image: () => Decode | undefined,
  say: Say,
): Decoded | undefined {
  const bare = name.replace(/[[\].]/g, '');
  if (/^(?:IMAGE|NAME:TAG|@DIGEST|SOURCE_IMAGE|TARGET_IMAGE)/.test(bare) || /IMAGE:TAG|NAME:TAG/.test(bare))
    return image()?.(value, commandPath, say);
  if (bare.startsWith('PATH'))
    return {
      text: value === '-' ? say('op.stdin') : value === '.' ? say('op.here') : say('op.context', value),
      concept: '/dockerfile/#build-context-and-dockerignore',
    };
  if (bare.startsWith('CONTAINER')) return { text: say('op.container', value) };
  if (/^(?:VOLUME|NETWORK|CONTEXT|SERVICE|NODE|STACK|SERVER)/.test(bare))
    return { text: say('op.named', bare.split(/[^A-Z]/)[0]?.toLowerCase() ?? '', value) };
  if (!bare) return { text: say('op.extra', value), invalid: true };
  return { text: say('op.arg', bare, value) };
}
