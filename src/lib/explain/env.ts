import type { Decoded } from './decoded.ts';
import type { Say } from './say.ts';

/** Names that usually hold a secret. */
const SECRET = /pass(?:word|wd)?|secret|token|api_?key|private_?key|credential|access_?key|auth/i;

/**
 * Says what an `-e` / `--env` value sets: `NAME=value` sets it, `NAME` copies it from your shell.
 * Warns when a secret is written on the command line.
 * @example decodeEnv('POSTGRES_PASSWORD=example', '', SAY).warning // 'A secret on the command line …'
 */
export function decodeEnv(value: string, _commandPath: string, say: Say): Decoded {
  const [name = '', assigned] = value.split(/=(.*)/s);
  if (!name || /\s/.test(name)) return { text: say('env.bad'), invalid: true };
  if (assigned === undefined) return { text: say('env.copy', name) };
  return {
    text: assigned ? say('env.set', name, assigned) : say('env.empty', name),
    // `POSTGRES_PASSWORD_FILE=/run/secrets/db` names a file, which is the safe way.
    ...(SECRET.test(name) && !name.endsWith('_FILE') && assigned && !assigned.startsWith('$')
      ? { warning: say('env.secret', name) }
      : {}),
  };
}
