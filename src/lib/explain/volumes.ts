import { toInvalid, type Decoded } from './decoded.ts';

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

const OPTIONS: Readonly<Record<string, string>> = {
  ro: 'read-only: the container cannot change it',
  readonly: 'read-only: the container cannot change it',
  rw: 'read-write (the default)',
  z: 'relabelled for SELinux so that several containers can share it',
  Z: 'relabelled for SELinux as private to this container',
  nocopy: 'not filled with the files the image has at the target',
  consistent: 'a macOS consistency hint that Docker ignores today',
  cached: 'a macOS consistency hint that Docker ignores today',
  delegated: 'a macOS consistency hint that Docker ignores today',
};
const PROPAGATION = ['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'];

function describeSource(kind: VolumeSourceKind, source: string): { text: string; concept: string } {
  if (kind === 'bind') {
    const what = CURRENT_DIR.test(source)
      ? 'the current directory (the shell fills it in)'
      : source.startsWith('~/')
        ? 'a folder in your home directory (the shell expands ~)'
        : source.startsWith('.')
          ? `the host folder ${source}, relative to where you run the command`
          : `the host path ${source}`;
    return {
      text: `A bind mount of ${what}: the container sees the host's files and hides what the image has there. If the host path is missing, Docker creates it as an empty folder.`,
      concept: '/volume/#bind-mounts',
    };
  }
  if (kind === 'named')
    return {
      text: `The named volume ${source}, created on first use if it does not exist; a new, empty volume is first filled with the image's files at the target. It outlives the container.`,
      concept: '/volume/#volumes',
    };
  if (kind === 'shell')
    return {
      text: `The shell fills in ${source}: a path starting with / makes a bind mount, a plain name a named volume.`,
      concept: '/volume/#mount-types-at-a-glance',
    };
  return {
    text: 'An anonymous volume: Docker makes a new volume with a random name for this container.',
    concept: '/volume/#anonymous-volumes-and-cleanup',
  };
}

/**
 * Says what a `-v` / `--volume` spec mounts: `[source:]target[:options]`.
 * @example decodeVolume('data:/var/lib/data:ro').text // 'The named volume data, … mounted at /var/lib/data, read-only: …'
 */
export function decodeVolume(spec: string): Decoded {
  const fields = spec.split(':');
  if (fields.length > 3) return toInvalid('Too many colons: the form is [source:]target[:options].');
  const [first = '', second = '', options = ''] = fields;
  const [source, target] = fields.length === 1 ? ['', spec] : [first, second];
  if (fields.length === 2 && /^(?:ro|rw|z|Z)(?:,|$)/.test(target))
    return toInvalid(`\`${spec}\` has a target and options but no source; an anonymous volume takes no options.`);
  const kind = toVolumeSourceKind(source);
  if (kind === 'invalid')
    return toInvalid(
      `\`${source}\` is neither a path (start it with /, ./ or ~/ for a bind mount) nor a volume name (letters, digits, _ . -).`,
    );
  if (!target.startsWith('/'))
    return toInvalid(`The container path must be absolute, such as /data; got \`${target}\`.`);
  const said: string[] = [];
  for (const option of options ? options.split(',') : []) {
    const meaning = OPTIONS[option] ?? (PROPAGATION.includes(option) ? `mount propagation ${option}` : undefined);
    if (!meaning)
      return toInvalid(`Unknown option \`${option}\`: -v takes ro, rw, z, Z, nocopy or a propagation mode.`);
    said.push(meaning);
  }
  const { text, concept } = describeSource(kind, source);
  return {
    text: `${text} Mounted at ${target} in the container${said.length ? `, ${said.join(', ')}` : ''}.`,
    concept,
    ...(/^\/(?:var\/)?run\/docker\.sock$/.test(source)
      ? {
          warning:
            'The Docker socket: whoever controls it controls the daemon, which runs as root, so the container can take over the host. Mount it only into software you trust.',
        }
      : {}),
  };
}
