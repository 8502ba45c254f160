import { toInvalid, type Decoded } from './decoded.ts';

/** The `--mount` keys and the one canonical name each alias stands for. */
const KEYS: Readonly<Record<string, string>> = {
  type: 'type',
  source: 'source',
  src: 'source',
  target: 'target',
  destination: 'target',
  dst: 'target',
  readonly: 'readonly',
  ro: 'readonly',
  'bind-propagation': 'bind-propagation',
  'bind-recursive': 'bind-recursive',
  'bind-create-src': 'bind-create-src',
  'volume-nocopy': 'volume-nocopy',
  'volume-subpath': 'volume-subpath',
  'volume-driver': 'volume-driver',
  'volume-opt': 'volume-opt',
  'volume-label': 'volume-label',
  'tmpfs-size': 'tmpfs-size',
  'tmpfs-mode': 'tmpfs-mode',
  'image-subpath': 'image-subpath',
  consistency: 'consistency',
};
const TYPES = ['bind', 'volume', 'tmpfs', 'image', 'npipe', 'cluster'];

/**
 * Splits a comma-separated list the way Go's encoding/csv does for `--mount`: a field in double
 * quotes may hold commas (`"volume-opt=o=addr=1.2.3.4,rw"`).
 */
export function splitCsv(list: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < list.length; index += 1) {
    const char = list[index];
    if (char === '"') {
      if (quoted && list[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = !quoted;
    } else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/**
 * Reads a `--mount` list into its canonical keys (aliases resolved), or says what is wrong.
 * @example parseMount('type=bind,src=./app,dst=/app,ro') // { type: 'bind', source: './app', target: '/app', readonly: 'true' }
 */
export function parseMount(list: string): Record<string, string> | string {
  const read: Record<string, string> = { type: 'volume' };
  for (const field of splitCsv(list)) {
    const [key = '', value] = field.split(/=(.*)/s);
    const name = KEYS[key.trim().toLowerCase()];
    if (!name)
      return `unknown key \`${key}\`; --mount takes type, source, target, readonly and the bind-, volume-, tmpfs- and image- options`;
    read[name] = value ?? 'true';
  }
  if (!TYPES.includes(read['type'] ?? '')) return `type must be one of ${TYPES.join(', ')}`;
  if (!read['target']) return 'it needs a target=/path in the container';
  return read;
}

/**
 * Says what a `--mount` list mounts, where, and how.
 * @example decodeMount('type=volume,source=db,target=/var/lib/postgresql').text // 'The named volume db, mounted at …'
 */
export function decodeMount(list: string): Decoded {
  const read = parseMount(list);
  if (typeof read === 'string') return toInvalid(`Not a mount Docker accepts: ${read}.`);
  const { type, source, target } = read;
  const readonly = ['true', '1'].includes(read['readonly'] ?? '') ? ', read-only' : '';
  const at = `mounted at ${target}${readonly}`;
  if (type === 'bind') {
    if (!source) return toInvalid('A bind mount needs source=/path/on/the/host.');
    return {
      text: `A bind mount of the host path ${source}, ${at}. Unlike -v, --mount fails if the host path does not exist.`,
      concept: '/volume/#short-and-long-mount-syntax',
    };
  }
  if (type === 'tmpfs') {
    const size = read['tmpfs-size'] ? ` of at most ${read['tmpfs-size']} bytes` : '';
    return {
      text: `A tmpfs mount${size}: files kept in memory only, ${at}, gone when the container stops.`,
      concept: '/volume/#tmpfs-mounts',
    };
  }
  if (type === 'image')
    return { text: `The files of the image ${source ?? '(none given)'}, ${at}.`, concept: '/volume/#image-mounts' };
  if (type !== 'volume') return { text: `A ${type} mount, ${at}.` };
  const nocopy = read['volume-nocopy'] && read['volume-nocopy'] !== 'false' ? ', not filled from the image' : '';
  return {
    text: source
      ? `The named volume ${source} (created if missing), ${at}${nocopy}.`
      : `A new anonymous volume, ${at}${nocopy}.`,
    concept: source ? '/volume/#short-and-long-mount-syntax' : '/volume/#anonymous-volumes-and-cleanup',
  };
}
