import type { Decoded } from './decoded.ts';
import type { MessageKey } from './messages.ts';
import type { Say } from './say.ts';

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
 * Reads a `--mount` list into its canonical keys (aliases resolved), or says what is wrong: a key
 * of messages.ts and what it names.
 * @example parseMount('type=bind,src=./app,dst=/app,ro') // { type: 'bind', source: './app', target: '/app', readonly: 'true' }
 */
export function parseMount(list: string): Record<string, string> | readonly [MessageKey, string] {
  const read: Record<string, string> = { type: 'volume' };
  for (const field of splitCsv(list)) {
    const [key = '', value] = field.split(/=(.*)/s);
    const name = KEYS[key.trim().toLowerCase()];
    if (!name) return ['mount.key', key];
    read[name] = value ?? 'true';
  }
  if (!TYPES.includes(read['type'] ?? '')) return ['mount.type', TYPES.join(', ')];
  if (!read['target']) return ['mount.target', ''];
  return read;
}

/**
 * Says what a `--mount` list mounts, where, and how.
 * @example decodeMount('type=volume,source=db,target=/var/lib/postgresql', '', SAY).text // 'The named volume db, mounted at …'
 */
export function decodeMount(list: string, _commandPath: string, say: Say): Decoded {
  const parsed = parseMount(list);
  if (Array.isArray(parsed))
    return { text: say('mount.bad', say(...(parsed as readonly [MessageKey, string]))), invalid: true };
  const read = parsed as Readonly<Record<string, string | undefined>>;
  const { type, source, target } = read;
  const at = say(['true', '1'].includes(read['readonly'] ?? '') ? 'mount.at.ro' : 'mount.at', target ?? '');
  if (type === 'bind') {
    if (!source) return { text: say('mount.bind.source'), invalid: true };
    return { text: say('mount.bind', source, at), concept: '/volume/#short-and-long-mount-syntax' };
  }
  if (type === 'tmpfs') {
    const size = read['tmpfs-size'];
    return {
      text: size ? say('mount.tmpfs.size', size, at) : say('mount.tmpfs', at),
      concept: '/volume/#tmpfs-mounts',
    };
  }
  if (type === 'image')
    return { text: say('mount.image', source ?? say('mount.none'), at), concept: '/volume/#image-mounts' };
  if (type !== 'volume') return { text: say('mount.other', type ?? '', at) };
  const nocopy = read['volume-nocopy'] && read['volume-nocopy'] !== 'false' ? say('mount.nocopy') : '';
  return {
    text: source ? say('mount.named', source, at, nocopy) : say('mount.anonymous', at, nocopy),
    concept: source ? '/volume/#short-and-long-mount-syntax' : '/volume/#anonymous-volumes-and-cleanup',
  };
}
