/** The fragment key that holds the command: `/explain/#cmd=docker+ps`. */
const KEY = '#cmd=';

/**
 * Returns the fragment for a command: spaces as `+`, and only what a fragment cannot hold
 * percent-encoded, so a shared link stays readable. A fragment never reaches a server, so a
 * pasted password stays out of its logs.
 * @example toExplainHash('docker run -p 8080:80 nginx') // '#cmd=docker+run+-p+8080:80+nginx'
 */
export function toExplainHash(command: string): string {
  return (
    KEY +
    encodeURIComponent(command)
      .replace(/%20/g, '+')
      .replace(/%(2F|3A|3D|2C|40)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  );
}

/** Returns the link that opens /explain/ with a command. */
export function toExplainHref(command: string): string {
  return `/explain/${toExplainHash(command)}`;
}

/**
 * Reads the command from a fragment: the command, `undefined` when the fragment holds none, or
 * an error message when its encoding is broken.
 * @example fromExplainHash('#cmd=docker+ps') // { command: 'docker ps' }
 */
export function fromExplainHash(hash: string): { command: string } | { error: string } | undefined {
  if (!hash.startsWith(KEY)) return undefined;
  try {
    return { command: decodeURIComponent(hash.slice(KEY.length).replace(/\+/g, ' ')) };
  } catch {
    return { error: 'The link’s command is not valid percent-encoding: copy the link again, or paste the command.' };
  }
}

/**
 * Reports whether a search query looks like a command to explain: it starts with `docker` or
 * `docker-compose` (after an optional `$` or `sudo`). A lone flag is a search for its section,
 * and alone it holds no command to explain.
 * @example isCommandQuery('docker run -p 80 nginx') // true
 * @example isCommandQuery('--network-alias') // false
 */
export function isCommandQuery(query: string): boolean {
  return /^\s*(?:\$\s*)?(?:sudo\s+)?docker(?:-compose)?\s+\S/i.test(query);
}
