import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../../src/lib/cli/data.ts';
import { toCommandGroups } from '../../../src/lib/cli/groups.ts';

function command(path: string, status: CliCommand['status'] = 'current'): CliCommand {
  return { path, aliases: [], usage: path, flags: [], meaning: path, status, origin: 'cli' };
}

describe('toCommandGroups', () => {
  it('sorts commands into the sections by their path, in reading order', () => {
    const groups = toCommandGroups(
      ['docker volume rm', 'docker', 'docker container run', 'docker volume', 'docker compose up'].map((path) =>
        command(path),
      ),
    );
    expect(groups.map((group) => [group.id, group.commands.map((entry) => entry.path)])).toEqual([
      ['global-options', ['docker']],
      ['containers', ['docker container run']],
      ['volumes', ['docker volume', 'docker volume rm']],
      ['compose', ['docker compose up']],
    ]);
  });

  it('gives removed commands their own section and the rest an "Other commands" one', () => {
    const groups = toCommandGroups([command('docker scan', 'removed'), command('docker trust')]);
    expect(groups.map((group) => group.id)).toEqual(['removed-commands', 'other-commands']);
  });

  it('does not take a command for a group whose name it only starts with', () => {
    expect(toCommandGroups([command('docker imagex')])[0]?.id).toBe('other-commands');
  });
});
