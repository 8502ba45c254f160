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
  // Collected inside each test, so that mutation testing counts what the tests cover.
  const toUses = () => collectCommandUses([{ path: '/volume/', title: 'Volumes', source: VOLUME }], CLI);

  it('links each use to the section that holds it, by its pinned anchor', () => {
    expect(toUses().get('docker volume create')).toEqual([
      {
        href: '/volume/#a-named-volume',
        page: 'Volumes',
        section: 'A named volume',
        example: 'docker volume create db',
      },
    ]);
  });

  it('links a use before the first section to the page itself', () => {
    expect(toUses().get('docker volume ls')).toEqual([
      { href: '/volume/', page: 'Volumes', section: 'Volumes', example: 'docker volume ls' },
    ]);
  });

  it('keys uses by canonical path and skips output lines and other languages', () => {
    expect(toUses().get('docker container run')?.[0]?.href).toBe('/volume/#a-named-volume');
    expect(toUses().has('docker volume rm')).toBe(false);
    expect(toUses().has('docker volume prune')).toBe(false);
  });

  it('keeps the last pinned section under an unpinned heading, finds snippets in lists, and lists each section once, in page order', () => {
    const later = [
      '## Clean up {/* #clean-up */}',
      '',
      '```sh',
      'docker volume create logs',
      '```',
      '',
      '### An unpinned heading',
      '',
      '- a step:',
      '',
      '  ```sh',
      '  docker volume create cache && docker volume rm cache',
      '  ```',
      '',
      '```',
      'docker volume rm no-language',
      '```',
      '',
      '## The `docker` client, twice {/* #twice */}',
      '',
      '```sh',
      'docker --version',
      'docker volume ls --quiet',
      'docker volume ls',
      '```',
    ].join('\n');
    const uses = collectCommandUses(
      [
        { path: '/volume/', title: 'Volumes', source: VOLUME },
        { path: '/compose/', title: 'Compose', source: later },
      ],
      CLI,
    );
    expect(uses.get('docker volume create')).toEqual([
      {
        href: '/volume/#a-named-volume',
        page: 'Volumes',
        section: 'A named volume',
        example: 'docker volume create db',
      },
      { href: '/compose/#clean-up', page: 'Compose', section: 'Clean up', example: 'docker volume create logs' },
    ]);
    expect(uses.get('docker volume rm')).toEqual([
      { href: '/compose/#clean-up', page: 'Compose', section: 'Clean up', example: 'docker volume rm cache' },
    ]);
    expect(uses.get('docker volume ls')?.at(-1)).toEqual({
      href: '/compose/#twice',
      page: 'Compose',
      section: 'The docker client, twice',
      example: 'docker volume ls --quiet',
    });
    expect(uses.has('docker')).toBe(false);
  });
});
