import { describe, expect, it } from 'vitest';
import { collectCommandUses } from '../../../src/lib/cli/usage.ts';
import { CLI } from '../../../src/node/cli-data.ts';

const VOLUME = [
  '---',
  'title: Volumes',
  '---',
  '',
  '```sh',
  '$ docker volume ls',
  '```',
  '',
  '## A named volume {/* #a-named-volume */}',
  '',
  '```console',
  '$ docker volume create db',
  'docker volume rm shown-as-output',
  '$ docker run -v db:/data alpine',
  '```',
  '',
  '```yaml',
  'docker volume prune',
  '```',
].join('\n');

describe('collectCommandUses', () => {
  const uses = collectCommandUses([{ path: '/volume/', title: 'Volumes', source: VOLUME }], CLI);

  it('links each use to the section that holds it, by its pinned anchor', () => {
    expect(uses.get('docker volume create')).toEqual([
      {
        href: '/volume/#a-named-volume',
        page: 'Volumes',
        section: 'A named volume',
        example: 'docker volume create db',
      },
    ]);
  });

  it('links a use before the first section to the page itself', () => {
    expect(uses.get('docker volume ls')).toEqual([
      { href: '/volume/', page: 'Volumes', section: 'Volumes', example: 'docker volume ls' },
    ]);
  });

  it('keys uses by canonical path and skips output lines and other languages', () => {
    expect(uses.get('docker container run')?.[0]?.href).toBe('/volume/#a-named-volume');
    expect(uses.has('docker volume rm')).toBe(false);
    expect(uses.has('docker volume prune')).toBe(false);
  });
});
