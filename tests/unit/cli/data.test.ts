import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCommandAnchor, toFlagAnchor, isAnchorId } from '../../../src/lib/links/anchors.ts';
import { readDeprecationReleases, toCliCommandFacts, toMergedCommand } from '../../../src/lib/cli/cli-facts.ts';
import { readCobraCommands } from '../../../src/lib/cli/cobra-source.ts';
import { parseReferencePage, parseReferenceYaml } from '../../../src/lib/cli/reference-page.ts';
import { CLI_SOURCES, toMajorRelease } from '../../../src/lib/cli/data.ts';
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
  const cobra = readCobraCommands([
    { path: 'cli/command/container/stop.go', text: read('stop.go.txt') },
    { path: 'cli/command/container/opts.go', text: read('opts.go.txt') },
  ]);
  const page = parseReferencePage(read('container_stop.md'));
  const facts = toCliCommandFacts('docker container stop', page, cobra, () => true);

  it('takes the usage from Use:, API versions from annotations, and adds deprecated flags the page hides', () => {
    expect(facts).toEqual({
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
