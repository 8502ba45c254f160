import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCommandAnchor, toFlagAnchor, isAnchorId } from '../../../src/lib/links/anchors.ts';
import { readDeprecationReleases, toCliCommandFacts, toMergedCommand } from '../../../src/lib/cli/cli-facts.ts';
import { readCobraCommands } from '../../../src/lib/cli/cobra-source.ts';
import { parseReferencePage, parseReferenceYaml } from '../../../src/lib/cli/reference-page.ts';
import {
  CLI_SOURCES,
  createCliIndex,
  isArgumentsCommand,
  toCliData,
  toMajorRelease,
  toReleaseName,
  type CliCommand,
  type CliData,
  type CliFlag,
} from '../../../src/lib/cli/data.ts';
import { CLI, CLI_DATA } from '../../../src/node/cli-data.ts';

describe('src/data/docker-cli.json', () => {
  it('has a meaning of our own for every command and flag', () => {
    const missing = CLI_DATA.commands.flatMap((command) => [
      ...(command.meaning.trim() ? [] : [command.path]),
      ...command.flags.filter((flag) => !flag.meaning.trim()).map((flag) => `${command.path} ${flag.name}`),
    ]);
    expect(missing).toEqual([]);
  });

  it('records the release tag of every source, and the CLI is the major release the pages declare', () => {
    for (const name of CLI_SOURCES) {
      expect(CLI_DATA.sources[name].tag, name).toMatch(/^v\d+\.\d+\.\d+$/);
      expect(CLI_DATA.sources[name].commit, name).toMatch(/^[0-9a-f]{40}$/);
    }
    const content = join(import.meta.dirname, '../../../content');
    const declared = readdirSync(content)
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => [...readFileSync(join(content, name), 'utf8').matchAll(/^versions:.*Docker CLI (\d+)/gm)])
      .map((match) => match[1]);
    expect(declared.length).toBeGreaterThan(0);
    expect(new Set(declared)).toEqual(new Set([toMajorRelease(CLI_DATA.sources.cli)]));
  });

  it('marks every entry with the reference it comes from, and only removed commands as our own record', () => {
    const history = CLI_DATA.commands.filter((command) => command.origin === 'history');
    expect(history.every((command) => command.status === 'removed')).toBe(true);
    for (const command of CLI_DATA.commands) {
      expect(
        command.flags.every((flag) => flag.origin === command.origin),
        command.path,
      ).toBe(true);
    }
    expect(CLI.findCommand('docker compose up')?.origin).toBe('compose');
    expect(CLI.findCommand('docker build')).toMatchObject({ path: 'docker buildx build', origin: 'buildx' });
    expect(CLI.findCommand('docker scout qv')?.origin).toBe('scout');
  });

  it('holds CLI 29 facts: deprecated content-trust flags, defaults, and meanings right for each command', () => {
    const run = CLI.findCommand('docker run');
    const flag = (path: string, name: string) => {
      const command = CLI.findCommand(path);
      return command && CLI.findFlag(command, name);
    };
    expect(run && CLI.findFlag(run, '--disable-content-trust')).toMatchObject({
      status: 'deprecated',
      version: 'Docker CLI 29.0',
    });
    expect(flag('docker run', '--pull')).toMatchObject({ default: 'missing' });
    expect(flag('docker stop', '--time')).toMatchObject({ status: 'deprecated', replacement: '--timeout' });
    expect(flag('docker volume create', '--required-bytes')?.meaning).toMatch(/^Smallest/);
    expect(flag('docker volume create', '--limit-bytes')?.meaning).toMatch(/^Largest/);
    expect(flag('docker service create', '--detach')?.meaning).not.toMatch(/background/);
    expect(flag('docker scout cves', '--env')?.meaning).toMatch(/Scout environment/);
    expect(flag('docker container ls', '--filter')?.meaning).not.toMatch(/dangling/);
  });

  it('gives every command and flag a distinct, valid anchor', () => {
    const anchors = CLI_DATA.commands.flatMap((command) => [
      toCommandAnchor(command.path),
      ...command.flags.map((flag) => toFlagAnchor(command.path, flag.name)),
    ]);
    expect(anchors.filter((anchor) => !isAnchorId(anchor))).toEqual([]);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('resolves management-group short forms to their canonical command', () => {
    expect(CLI.findCommand('docker ps')?.path).toBe('docker container ls');
    expect(CLI.findCommand('docker images')?.path).toBe('docker image ls');
    expect(CLI.findCommand('docker rmi')?.path).toBe('docker image rm');
    expect(CLI.findCommand('docker history')?.path).toBe('docker image history');
    expect(CLI.findCommand('docker-compose')).toMatchObject({ status: 'removed', replacement: 'docker compose' });
  });
});

const FIXTURES = join(import.meta.dirname, '../fixtures/cli-reference');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('parseReferencePage', () => {
  it('reads the summary, aliases and option table, leaving zero defaults out and keeping escaped bars', () => {
    expect(parseReferencePage(read('volume_rm.md'))).toEqual({
      summary: 'Delete volumes',
      aliases: ['docker volume rm', 'docker volume remove'],
      flags: [
        { name: '--config', value: 'string', default: '~/.docker', summary: 'Where the config lives' },
        { name: '--force', short: '-f', summary: 'Force it, one | two' },
        { name: '--retries', value: 'int', summary: 'How many times' },
      ],
    });
  });

  it('fails on a page without the generated part', () => {
    expect(() => parseReferencePage('# volume rm\n')).toThrow('no generated part');
  });
});

describe('parseReferenceYaml', () => {
  it('reads usage, aliases, deprecation and API versions, and leaves hidden flags out', () => {
    const page = parseReferenceYaml({
      command: 'docker scout quickview',
      aliases: 'docker scout quickview, docker scout qv',
      short: 'Quick overview',
      usage: 'docker scout quickview [IMAGE]',
      options: [
        { option: 'env', value_type: 'string', description: 'Name of environment', deprecated: false, hidden: false },
        { option: 'quiet', shorthand: 'q', value_type: 'bool', default_value: 'false', deprecated: true },
        { option: 'secret', value_type: 'string', hidden: true },
        { option: 'since', value_type: 'string', min_api_version: '1.44' },
      ],
    });
    expect(page).toEqual({
      path: 'docker scout quickview',
      summary: 'Quick overview',
      aliases: ['docker scout quickview', 'docker scout qv'],
      usage: 'docker scout quickview [IMAGE]',
      flags: [
        { name: '--env', value: 'string', summary: 'Name of environment' },
        { name: '--quiet', short: '-q', summary: '', deprecated: true },
        { name: '--since', value: 'string', summary: '', api: '1.44' },
      ],
    });
  });
});

describe('the cobra source and the merge', () => {
  // Read inside each test, so that mutation testing counts what the tests cover.
  const toFacts = () => {
    const cobra = readCobraCommands([
      { path: 'cli/command/container/stop.go', text: read('stop.go.txt') },
      { path: 'cli/command/container/opts.go', text: read('opts.go.txt') },
    ]);
    return toCliCommandFacts('docker container stop', parseReferencePage(read('container_stop.md')), cobra, () => true);
  };

  it('takes the usage from Use:, API versions from annotations, and adds deprecated flags the page hides', () => {
    expect(toFacts()).toEqual({
      path: 'docker container stop',
      aliases: ['docker stop'],
      usage: 'docker container stop [OPTIONS] CONTAINER [CONTAINER...]',
      summary: 'Stop containers',
      origin: 'cli',
      api: '1.25',
      flags: [
        { name: '--signal', short: '-s', value: 'string', summary: 'Signal to send', api: '1.42' },
        { name: '--timeout', value: 'int', summary: 'Seconds to wait' },
        {
          name: '--time',
          value: 'int',
          summary: 'Flag --time has been deprecated, use --timeout instead',
          deprecated: 'use --timeout instead',
        },
        {
          name: '--kernel-memory',
          value: 'value',
          summary: 'Flag --kernel-memory has been deprecated, no longer supported',
          deprecated: 'no longer supported',
        },
      ],
    });
  });

  it('keeps our meanings and replacements, and names the release that deprecated a flag', () => {
    const facts = toFacts();
    if (typeof facts === 'string') throw new Error(facts);
    const releases = readDeprecationReleases(
      '| Deprecated | [`--time` option on `docker stop` and `docker restart`](#x) | v28.0 | - |\n',
      (path) => (path === 'docker stop' ? 'docker container stop' : path),
    );
    const existing = {
      ...toMergedCommand(facts),
      meaning: 'Stop it',
      flags: [
        {
          name: '--time',
          meaning: 'Old name',
          status: 'current' as const,
          replacement: '--timeout',
          origin: 'cli' as const,
        },
      ],
    };
    const merged = toMergedCommand(facts, existing, releases);
    expect(merged.meaning).toBe('Stop it');
    expect(merged.flags.find((flag) => flag.name === '--time')).toMatchObject({
      meaning: 'Old name',
      status: 'deprecated',
      version: 'Docker CLI 28.0',
      replacement: '--timeout',
    });
    expect(merged.flags.find((flag) => flag.name === '--signal')).toMatchObject({ meaning: '', status: 'current' });
  });
});

const SOURCE = { repository: 'docker/cli', tag: 'v29.1.0', commit: 'a'.repeat(40) };
const SOURCES = { cli: SOURCE, compose: SOURCE, buildx: SOURCE, scout: SOURCE };
const FLAG = { name: '--force', meaning: 'Do it', status: 'current', origin: 'cli' };
const COMMAND = {
  path: 'docker x',
  aliases: [],
  usage: 'docker x',
  meaning: 'X',
  status: 'current',
  origin: 'cli',
  flags: [FLAG],
};
const withCommand = (fields: Record<string, unknown>): unknown => ({
  sources: SOURCES,
  commands: [{ ...COMMAND, ...fields }],
});
const withFlag = (fields: Record<string, unknown>): unknown => withCommand({ flags: [{ ...FLAG, ...fields }] });

describe('toCliData', () => {
  it.each([
    ['no object', null, 'root: needs a "commands" array'],
    ['an array', [], 'root: needs a "commands" array'],
    ['no commands array', { commands: {} }, 'root: needs a "commands" array'],
    ['a command that is no object', { commands: [COMMAND, []] }, 'commands[1]: needs a "path"'],
    ['a command without a path', { commands: [{ ...COMMAND, path: 1 }] }, 'commands[0]: needs a "path"'],
    ['aliases that are no array', withCommand({ aliases: 'docker y' }), 'docker x: "aliases" must be strings'],
    ['an alias that is no string', withCommand({ aliases: ['docker y', 2] }), 'docker x: "aliases" must be strings'],
    ['no usage', withCommand({ usage: undefined }), 'docker x: needs a "usage" string'],
    ['no flags array', withCommand({ flags: {} }), 'docker x: needs a "flags" array'],
    ['no meaning', withCommand({ meaning: 3 }), 'docker x: needs a "meaning" string'],
    [
      'an unknown status',
      withCommand({ status: 'gone' }),
      'docker x: "status" must be one of current, deprecated, removed',
    ],
    [
      'an unknown origin',
      withCommand({ origin: 'moby' }),
      'docker x: "origin" must be one of cli, compose, buildx, scout, history',
    ],
    ['a summary that is no string', withCommand({ summary: 1 }), 'docker x: "summary" must be a string'],
    ['a version that is no string', withCommand({ version: 29 }), 'docker x: "version" must be a string'],
    ['an api that is no string', withCommand({ api: 1.41 }), 'docker x: "api" must be a string'],
    [
      'a replacement that is no string',
      withCommand({ replacement: false }),
      'docker x: "replacement" must be a string',
    ],
    ['a flag that is no object', withCommand({ flags: ['--force'] }), 'docker x: every flag needs a "name"'],
    ['a flag without a name', withFlag({ name: undefined }), 'docker x: every flag needs a "name"'],
    ['a short that is no string', withFlag({ short: 1 }), 'docker x --force: "short" must be a string'],
    ['a value that is no string', withFlag({ value: true }), 'docker x --force: "value" must be a string'],
    ['a default that is no string', withFlag({ default: 0 }), 'docker x --force: "default" must be a string'],
    ['a flag without meaning', withFlag({ meaning: undefined }), 'docker x --force: needs a "meaning" string'],
    [
      'a flag with an unknown status',
      withFlag({ status: 'old' }),
      'docker x --force: "status" must be one of current, deprecated, removed',
    ],
    ['no sources', { commands: [] }, 'root: needs a "sources" object naming the repository and tag of each origin'],
    [
      'sources as an array',
      { commands: [], sources: [] },
      'root: needs a "sources" object naming the repository and tag of each origin',
    ],
    [
      'a source missing',
      { commands: [], sources: { ...SOURCES, buildx: undefined } },
      'sources.buildx: needs { repository, tag, commit }',
    ],
    [
      'a source that is a string',
      { commands: [], sources: { ...SOURCES, cli: 'docker/cli' } },
      'sources.cli: needs { repository, tag, commit }',
    ],
    [
      'a tag that is no string',
      { commands: [], sources: { ...SOURCES, scout: { ...SOURCE, tag: 1 } } },
      'sources.scout: "repository", "tag" and "commit" must be strings',
    ],
    [
      'no repository',
      { commands: [], sources: { ...SOURCES, compose: { ...SOURCE, repository: undefined } } },
      'sources.compose: "repository", "tag" and "commit" must be strings',
    ],
    [
      'no commit',
      { commands: [], sources: { ...SOURCES, compose: { ...SOURCE, commit: null } } },
      'sources.compose: "repository", "tag" and "commit" must be strings',
    ],
  ])('refuses %s, naming the entry and the field', (_, value, message) => {
    expect(() => toCliData(value)).toThrow(new TypeError(`src/data/docker-cli.json: ${message}`));
  });

  it('keeps the fields given, leaves absent and empty optional ones out, and reads the comment', () => {
    const flags = [
      {
        ...FLAG,
        short: '-f',
        value: 'string',
        default: '',
        summary: 'Force',
        api: '1.41',
        version: 'Docker CLI 29.0',
        replacement: '--yes',
        status: 'deprecated',
      },
      { ...FLAG, name: '--all', short: '', value: '' },
    ];
    const data = toCliData({
      $comment: 'Generated',
      sources: SOURCES,
      commands: [{ ...COMMAND, aliases: ['docker y'], flags }],
    });
    expect(data).toEqual({
      $comment: 'Generated',
      sources: SOURCES,
      commands: [
        {
          path: 'docker x',
          aliases: ['docker y'],
          usage: 'docker x',
          meaning: 'X',
          status: 'current',
          origin: 'cli',
          flags: [
            {
              name: '--force',
              short: '-f',
              value: 'string',
              default: '',
              meaning: 'Do it',
              summary: 'Force',
              status: 'deprecated',
              version: 'Docker CLI 29.0',
              api: '1.41',
              replacement: '--yes',
              origin: 'cli',
            },
            { name: '--all', meaning: 'Do it', status: 'current', origin: 'cli' },
          ],
        },
      ],
    });
    expect(Object.keys(data.commands[0]?.flags[1] ?? {})).toEqual(['name', 'meaning', 'status', 'origin']);
    expect(toCliData({ $comment: 1, sources: SOURCES, commands: [] }).$comment).toBe('');
  });
});

describe('createCliIndex', () => {
  const entry = { meaning: '', status: 'current', origin: 'cli' } as const;
  const cmd = (path: string, aliases: string[] = [], flags: CliFlag[] = []): CliCommand => ({
    ...entry,
    path,
    aliases,
    usage: path,
    flags,
  });
  const data = (): CliData => ({
    $comment: '',
    sources: SOURCES,
    commands: [
      cmd('docker', [], [{ ...entry, name: '--debug', short: '-D' }]),
      cmd('docker builder', ['docker image builder']),
      cmd('docker builder prune'),
      cmd('docker buildx build', ['docker build', 'docker builder build', 'docker image build']),
      cmd('docker image ls', ['docker image list', 'docker images']),
      cmd('docker image rm', ['docker rmi']),
    ],
  });

  it('finds a command by its path or any alias', () => {
    const cli = createCliIndex(data());
    expect(cli.findCommand('docker images')?.path).toBe('docker image ls');
    expect(cli.findCommand('docker image ls')?.path).toBe('docker image ls');
    expect(cli.findCommand('docker image')).toBeUndefined();
  });

  it('lists the words that may follow a path or an alias, children of aliases included, sorted and once each', () => {
    const cli = createCliIndex(data());
    expect(cli.toSubcommands('docker')).toEqual(['build', 'builder', 'images', 'rmi']);
    expect(cli.toSubcommands('docker image')).toEqual(['build', 'builder', 'list', 'ls', 'rm']);
    expect(cli.toSubcommands('docker builder')).toEqual(['build', 'prune']);
    expect(cli.toSubcommands('docker image builder')).toEqual(['build', 'prune']);
    expect(cli.toSubcommands('docker rmi')).toEqual([]);
  });

  it('finds a flag by its long name or its short alias', () => {
    const cli = createCliIndex(data());
    const root = cli.findCommand('docker');
    expect(root && cli.findFlag(root, '-D')?.name).toBe('--debug');
    expect(root && cli.findFlag(root, '--debug')?.short).toBe('-D');
    expect(root && cli.findFlag(root, '-d')).toBeUndefined();
  });
});

describe('releases and argument commands', () => {
  it.each([
    ['v29.7.2', '29.7.2', '29'],
    ['28.0.1', '28.0.1', '28'],
    ['vv1.2', 'v1.2', 'v1'],
  ])('names tag %s as release %s, major %s', (tag, release, major) => {
    expect(toReleaseName({ ...SOURCE, tag })).toBe(release);
    expect(toMajorRelease({ ...SOURCE, tag })).toBe(major);
  });

  it.each([
    ['docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]', true],
    ['docker container exec [OPTIONS] CONTAINER COMMAND [ARG...]', true],
    ['docker compose run [OPTIONS] SERVICE [COMMAND] [ARGS...]', true],
    ['docker container ls [OPTIONS]', false],
    ['docker image push [OPTIONS] NAME[:TAG]', false],
  ])('%s hands its later words to the program: %s', (usage, expected) => {
    expect(isArgumentsCommand({ ...COMMAND, usage, status: 'current', origin: 'cli', flags: [] })).toBe(expected);
  });
});
