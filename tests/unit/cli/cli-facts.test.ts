import { describe, expect, it } from 'vitest';
import {
  readDeprecationReleases,
  toCliCommandFacts,
  toMergedCommand,
  toPluginCommandFacts,
  type CommandFacts,
} from '../../../src/lib/cli/cli-facts.ts';
import type { CobraCommand, CobraFlag } from '../../../src/lib/cli/cobra-source.ts';
import type { CliCommand } from '../../../src/lib/cli/data.ts';

const cobra = (dir: string, use: string, flags: Record<string, CobraFlag> = {}, extra = {}): CobraCommand => ({
  dir,
  name: use.split(' ')[0] ?? '',
  use,
  flags: new Map(Object.entries(flags)),
  ...extra,
});

describe('toCliCommandFacts', () => {
  it('says which command the source lacks', () => {
    expect(toCliCommandFacts('docker container nope', { summary: '', aliases: [], flags: [] }, [], () => false)).toBe(
      'docker container nope: no cobra command with Use "nope …" found in the source',
    );
  });

  it('names the usage by the canonical path when the source uses an alias, and keeps the command deprecation', () => {
    const source = cobra('cli/command/container', 'ps [OPTIONS]', {}, { deprecated: 'use ls' });
    const page = {
      summary: 'List containers',
      aliases: ['docker container ls', 'docker container ps', 'docker ps'],
      flags: [{ name: '--all', short: '-a', summary: 'Show all', deprecated: true }],
    };
    expect(toCliCommandFacts('docker container ls', page, [source], () => true)).toEqual({
      path: 'docker container ls',
      aliases: ['docker container ps', 'docker ps'],
      usage: 'docker container ls [OPTIONS]',
      summary: 'List containers',
      origin: 'cli',
      deprecated: 'use ls',
      flags: [{ name: '--all', short: '-a', summary: 'Show all', deprecated: 'deprecated' }],
    });
  });

  it('adds the root command its --version, which the generator leaves out, and no other unlisted current flag', () => {
    const flags = {
      version: { short: '-v', summary: 'Print version information and quit' },
      tls: { summary: 'Use TLS' },
      hidden: { value: 'string', deprecated: 'gone', api: '1.40' },
    };
    const root = toCliCommandFacts(
      'docker',
      { summary: 'A tool', aliases: [], flags: [] },
      [cobra('cmd/docker', 'docker [OPTIONS] COMMAND [ARG...]', flags)],
      () => false,
    );
    expect(root).toMatchObject({
      path: 'docker',
      usage: 'docker [OPTIONS] COMMAND [ARG...]',
      flags: [
        { name: '--version', short: '-v', summary: 'Print version information and quit' },
        {
          name: '--hidden',
          value: 'string',
          summary: 'Flag --hidden has been deprecated, gone',
          deprecated: 'gone',
          api: '1.40',
        },
      ],
    });
    const other = toCliCommandFacts(
      'docker system version',
      { summary: '', aliases: [], flags: [] },
      [cobra('cli/command/system', 'version', { version: {} })],
      () => true,
    );
    expect(other).toMatchObject({ flags: [] });
  });
});

describe('toPluginCommandFacts', () => {
  it('needs a usage line', () => {
    expect(toPluginCommandFacts('docker compose up', { summary: '', aliases: [], flags: [] }, 'compose')).toBe(
      'docker compose up: the reference gives no usage line',
    );
  });

  it('keeps the file name as the path, the other aliases, API version and deprecation', () => {
    const page = {
      summary: 'Convert',
      aliases: ['docker compose convert', 'docker compose config'],
      usage: 'docker compose config [OPTIONS]',
      api: '1.41',
      deprecated: true,
      flags: [
        { name: '--quiet', summary: 'Quiet', deprecated: true },
        { name: '--format', value: 'string', summary: 'Format', deprecated: false },
      ],
    };
    expect(toPluginCommandFacts('docker compose config', page, 'compose')).toEqual({
      path: 'docker compose config',
      aliases: ['docker compose convert'],
      usage: 'docker compose config [OPTIONS]',
      summary: 'Convert',
      origin: 'compose',
      api: '1.41',
      deprecated: 'deprecated',
      flags: [
        { name: '--quiet', summary: 'Quiet', deprecated: 'deprecated' },
        { name: '--format', value: 'string', summary: 'Format' },
      ],
    });
  });
});

describe('readDeprecationReleases', () => {
  const releasesOf = (row: string): string[] =>
    [...readDeprecationReleases(row, (path) => (path === 'docker stop' ? 'docker container stop' : path))].map(
      ([key, release]) => `${key}: ${release}`,
    );

  it.each([
    [
      '| Deprecated | `--time` on `docker stop` and `docker restart` | v28.0 | - |',
      ['docker container stop --time: Docker CLI 28.0', 'docker restart --time: Docker CLI 28.0'],
    ],
    [
      '| Removed | `--kernel-memory` on `docker run` | v20.10 | v23.0 |',
      ['docker run --kernel-memory: Docker CLI 20.10'],
    ],
    ['| Not deprecated | `--time` on `docker stop` | v28.0 | - |', []],
    ['| Deprecated soon | `--time` on `docker stop` | v28.0 | - |', []],
    ['| Deprecated | `--time` on `docker stop` | - | - |', []],
    ['| Deprecated | `--time` on `docker stop` | 28.0 | - |', []],
    ['| Deprecated | `--time` on `docker stop` | v28 | - |', []],
    ['| Deprecated | `--time=10` and `-t` on `docker stop` | v28.0 | - |', []],
    ['| Deprecated | `a --time` on `the docker stop` or `docker` | v28.0 | - |', []],
    ['| Deprecated | `--time` on `docker stop` | v28.0', ['docker container stop --time: Docker CLI 28.0']],
    ['Deprecated `--time` on `docker stop` v28.0', []],
  ])('%s gives %j', (row, expected) => {
    expect(releasesOf(row)).toEqual(expected);
  });
});

describe('toMergedCommand', () => {
  const facts: CommandFacts = {
    path: 'docker container run',
    aliases: ['docker run'],
    usage: 'docker container run [OPTIONS] IMAGE',
    summary: 'Create and run',
    origin: 'cli',
    api: '1.25',
    flags: [
      { name: '--volume', short: '-v', value: 'list', default: '', summary: 'Bind', api: '1.30' },
      { name: '--attach', summary: 'Attach' },
      { name: '--kernel-memory', value: 'bytes', summary: 'Old', deprecated: 'gone' },
    ],
  };

  it('writes a new command with empty meanings and flags sorted by name', () => {
    expect(toMergedCommand(facts)).toEqual({
      path: 'docker container run',
      aliases: ['docker run'],
      usage: 'docker container run [OPTIONS] IMAGE',
      meaning: '',
      summary: 'Create and run',
      status: 'current',
      api: '1.25',
      origin: 'cli',
      flags: [
        { name: '--attach', meaning: '', summary: 'Attach', status: 'current', origin: 'cli' },
        { name: '--kernel-memory', value: 'bytes', meaning: '', summary: 'Old', status: 'deprecated', origin: 'cli' },
        {
          name: '--volume',
          short: '-v',
          value: 'list',
          default: '',
          meaning: '',
          summary: 'Bind',
          status: 'current',
          api: '1.30',
          origin: 'cli',
        },
      ],
    });
  });

  it('keeps our meaning, replacement and a deprecated command’s release, and a flag’s release when the table names none', () => {
    const existing: CliCommand = {
      ...toMergedCommand(facts),
      meaning: 'Run it',
      version: 'Docker CLI 1.0',
      replacement: 'docker run',
      flags: [
        {
          name: '--kernel-memory',
          meaning: 'Was a limit',
          status: 'deprecated',
          version: 'Docker CLI 20.10',
          origin: 'cli',
        },
      ],
    };
    const current = toMergedCommand(facts, existing);
    expect(current).toMatchObject({ meaning: 'Run it', replacement: 'docker run', status: 'current' });
    expect(current.version).toBeUndefined();
    expect(current.flags.find((flag) => flag.name === '--kernel-memory')).toMatchObject({
      meaning: 'Was a limit',
      version: 'Docker CLI 20.10',
    });
    const deprecated = toMergedCommand(
      { ...facts, deprecated: 'use run' },
      existing,
      new Map([
        ['docker container run --kernel-memory', 'Docker CLI 23.0'],
        ['docker container run --attach', 'Docker CLI 1.0'],
      ]),
    );
    expect(deprecated).toMatchObject({ status: 'deprecated', version: 'Docker CLI 1.0' });
    expect(deprecated.flags.find((flag) => flag.name === '--kernel-memory')?.version).toBe('Docker CLI 23.0');
    expect(deprecated.flags.find((flag) => flag.name === '--attach')?.version).toBeUndefined();
    expect(toMergedCommand({ ...facts, deprecated: 'use run' }).version).toBeUndefined();
  });
});
