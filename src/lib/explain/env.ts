import { toInvalid, type Decoded } from './decoded.ts';

/** Names that usually hold a secret. */
const SECRET = /pass(?:word|wd)?|secret|token|api_?key|private_?key|credential|access_?key|auth/i;

/**
 * Says what an `-e` / `--env` value sets: `NAME=value` sets it, `NAME` copies it from your shell.
 * Warns when a secret is written on the command line.
 * @example decodeEnv('POSTGRES_PASSWORD=example').warning // 'A secret on the command line …'
 */
export function decodeEnv(value: string): Decoded {
  const [name = '', assigned] = value.split(/=(.*)/s);
  if (!name || /\s/.test(name)) return toInvalid('The form is NAME=value, or NAME alone to copy it from your shell.');
  if (assigned === undefined)
    return {
      text: `Sets ${name} in the container to its value in your shell's environment; if it is not set there, the container does not get it.`,
    };
  return {
    text: `Sets the environment variable ${name} to ${assigned ? `\`${assigned}\`` : 'an empty string'} in the container.`,
    // `POSTGRES_PASSWORD_FILE=/run/secrets/db` names a file, which is the safe way.
    ...(SECRET.test(name) && !name.endsWith('_FILE') && assigned && !assigned.startsWith('$')
      ? {
          warning: `A secret on the command line stays in your shell history, shows in the host's process list and in \`docker inspect\`. Prefer \`-e ${name}\` (copied from your shell), an --env-file only you can read, or a secret.`,
        }
      : {}),
  };
}
