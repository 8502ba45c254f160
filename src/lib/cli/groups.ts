import type { CliCommand } from './data.ts';

/** A section of the command reference. */
export interface CommandGroup {
  id: string;
  title: string;
  commands: CliCommand[];
}

/**
 * Sections of the reference, in reading order, each claiming the commands whose canonical path
 * starts with one of its prefixes (the first match wins; removed commands go to their own).
 */
const GROUPS = [
  { id: 'global-options', title: 'Global options', prefixes: ['docker'] },
  { id: 'containers', title: 'Containers', prefixes: ['docker container'] },
  { id: 'images', title: 'Images', prefixes: ['docker image'] },
  { id: 'build', title: 'Builds', prefixes: ['docker buildx', 'docker builder'] },
  {
    id: 'registries',
    title: 'Registries',
    prefixes: ['docker login', 'docker logout', 'docker search', 'docker manifest'],
  },
  { id: 'volumes', title: 'Volumes', prefixes: ['docker volume'] },
  { id: 'networks', title: 'Networks', prefixes: ['docker network'] },
  { id: 'compose', title: 'Compose', prefixes: ['docker compose'] },
  { id: 'scout', title: 'Image analysis with Docker Scout', prefixes: ['docker scout'] },
  {
    id: 'client-and-daemon',
    title: 'Client, contexts and the daemon',
    prefixes: ['docker context', 'docker system', 'docker version', 'docker info', 'docker plugin'],
  },
  {
    id: 'swarm',
    title: 'Swarm mode',
    prefixes: ['docker swarm', 'docker node', 'docker service', 'docker stack', 'docker config', 'docker secret'],
  },
] as const;

/** The section of removed commands, which point to their replacements. */
const REMOVED = { id: 'removed-commands', title: 'Removed commands' } as const;

function matches(path: string, prefix: string): boolean {
  return prefix === 'docker' ? path === 'docker' : path === prefix || path.startsWith(`${prefix} `);
}

/**
 * Sorts commands into the reference's sections, in reading order; within a section, a group
 * command (`docker volume`) comes before its subcommands. Sections left empty are dropped.
 */
export function toCommandGroups(commands: readonly CliCommand[]): CommandGroup[] {
  const groups: CommandGroup[] = [...GROUPS, REMOVED].map(({ id, title }) => ({ id, title, commands: [] }));
  const other: CommandGroup = { id: 'other-commands', title: 'Other commands', commands: [] };
  for (const command of commands) {
    const index =
      command.status === 'removed'
        ? GROUPS.length
        : GROUPS.findIndex((group) => group.prefixes.some((prefix) => matches(command.path, prefix)));
    (groups[index] ?? other).commands.push(command);
  }
  return [...groups, other]
    .filter((group) => group.commands.length > 0)
    .map((group) => ({ ...group, commands: group.commands.sort((a, b) => a.path.localeCompare(b.path)) }));
}
