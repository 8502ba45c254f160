import type { Decoded } from './decoded.ts';
import type { MessageKey } from './messages.ts';
import type { Say } from './say.ts';

/** What kind of storage a `-v` source names. */
export type VolumeSourceKind = 'bind' | 'named' | 'anonymous' | 'shell' | 'invalid';

/** Docker's rule for volume names: a letter or digit, then letters, digits, `_`, `.` or `-`. */
const VOLUME_NAME = /^[A-Za-z0-9][\w.-]+$/;
/** The shell's ways of writing the current directory. */
const CURRENT_DIR = /^(?:\$PWD|\$\{PWD\}|\$\(pwd\)|`pwd`)/;

/**
 * Tells a `-v` source apart as Docker does: a path (`/`, `./`, `../`, `~/`, `$PWD`) is a bind
 * mount, a name is a named volume, nothing is an anonymous volume.
 * @example toVolumeSourceKind('./data') // 'bind'
 * @example toVolumeSourceKind('data') // 'named'
 */
export function toVolumeSourceKind(source: string): VolumeSourceKind {
  if (!source) return 'anonymous';
  if (source.startsWith('/') || source.startsWith('.') || source.startsWith('~/') || CURRENT_DIR.test(source))
    return 'bind';
  if (source.startsWith('$')) return 'shell';
  return VOLUME_NAME.test(source) ? 'named' : 'invalid';
}

/** What each `-v` option makes of the mount: a key of messages.ts. */
const OPTIONS: Readonly<Record<string, MessageKey>> = {
  ro: 'vol.ro',
  readonly: 'vol.ro',
  rw: 'vol.rw',
  z: 'vol.z',
  Z: 'vol.Z',
  nocopy: 'vol.nocopy',
  consistent: 'vol.hint',
  cached: 'vol.hint',
  delegated: 'vol.hint',
};
const PROPAGATION = ['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'];

function describeSource(kind: VolumeSourceKind, source: string, say: Say): { text: string; concept: string } {
  if (kind === 'bind') {
    const here = CURRENT_DIR.exec(source)?.[0];
    const what = here
      ? source === here
        ? say('vol.cwd')
        : say('vol.cwd.path', source, here)
      : source.startsWith('~/')
        ? say('vol.home')
        : source.startsWith('.')
          ? say('vol.relative', source)
          : say('vol.path', source);
    return { text: say('vol.bind', what), concept: '/volume/#bind-mounts' };
  }
  if (kind === 'named') return { text: say('vol.named', source), concept: '/volume/#volumes' };
  if (kind === 'shell') return { text: say('vol.shell', source), concept: '/volume/#mount-types-at-a-glance' };
  return { text: say('vol.anonymous'), concept: '/volume/#anonymous-volumes-and-cleanup' };
}

/**
 * Says what a `-v` / `--volume` spec mounts: `[source:]target[:options]`.
 * @example decodeVolume('data:/var/lib/data:ro', '', SAY).text // 'The named volume data, … mounted at /var/lib/data, read-only: …'
 */
export function decodeVolume(spec: string, _commandPath: string, say: Say): Decoded {
  const fields = spec.split(':');
  if (fields.length > 3) return { text: say('vol.colons'), invalid: true };
  const [first = '', second = '', options = ''] = fields;
  const [source, target] = fields.length === 1 ? ['', spec] : [first, second];
  if (fields.length === 2 && /^(?:ro|rw|z|Z)(?:,|$)/.test(target))
    return { text: say('vol.nosource', spec), invalid: true };
  const kind = toVolumeSourceKind(source);
  if (kind === 'invalid') return { text: say('vol.source', source), invalid: true };
  if (!target.startsWith('/')) return { text: say('vol.target', target), invalid: true };
  const said: string[] = [];
  for (const option of options ? options.split(',') : []) {
    const key = OPTIONS[option];
    if (key) said.push(say(key));
    else if (PROPAGATION.includes(option)) said.push(say('vol.propagation', option));
    else return { text: say('vol.option', option), invalid: true };
  }
  const { text, concept } = describeSource(kind, source, say);
  return {
    text: say('vol.text', text, target, said.map((meaning) => `, ${meaning}`).join('')),
    concept,
    ...(/^\/(?:var\/)?run\/docker\.sock$/.test(source) ? { warning: say('vol.socket') } : {}),
  };
}
