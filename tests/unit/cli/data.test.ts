import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCommandAnchor, toFlagAnchor, isAnchorId } from '../../../src/lib/links/anchors.ts';
import { CLI, CLI_DATA } from '../../../src/node/cli-data.ts';
import { parseHelp, toMergedCommand } from '../../../src/lib/cli/help.ts';
import { toHelpPath } from '../../../scripts/cli-data.ts';

describe('src/data/docker-cli.json', () => {
  it('has a meaning of our own for every command and flag', () => {
    const missing = CLI_DATA.commands.flatMap((command) => [
      ...(command.meaning.trim() ? [] : [command.path]),
      ...command.flags.filter((flag) => !flag.meaning.trim()).map((flag) => `${command.path} ${flag.name}`),
    ]);
    expect(missing).toEqual([]);
  });

  it('would not change when `npm run cli-data` parses the stored help output again', () => {
    const helpCommands = CLI_DATA.commands.filter((command) => command.origin === 'help');
    expect(helpCommands.length).toBeGreaterThan(100);
    for (const command of helpCommands) {
      const stored = toHelpPath(command.path);
      expect(existsSync(stored), stored).toBe(true);
      const facts = parseHelp(readFileSync(stored, 'utf8'));
      expect(toMergedCommand({ path: command.path, facts }, command)).toEqual(command);
    }
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

describe('parseHelp', () => {
  it('reads usage, aliases, wrapped flag text, short aliases and value types', () => {
    const facts = parseHelp(
      'Usage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]\n\nRemove one or more volumes\n\nAliases:\n  docker volume rm, docker volume remove\n\n' +
        'Options:\n  -f, --force          Force the removal of one or more\n                       volumes\n      --filter list    Filter\n',
    );
    expect(facts).toEqual({
      usage: 'docker volume rm [OPTIONS] VOLUME [VOLUME...]',
      summary: 'Remove one or more volumes',
      aliases: ['docker volume rm', 'docker volume remove'],
      subcommands: [],
      flags: [
        { name: '--force', short: '-f', summary: 'Force the removal of one or more volumes' },
        { name: '--filter', value: 'list', summary: 'Filter' },
      ],
    });
  });
});
