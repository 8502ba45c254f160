import { toPorts } from './containers.ts';
import { toEllipsis, toHumanDuration, toTable } from './format.ts';
import { hasFlag, lastFlag } from './flags.ts';
import type { Parsed } from './invocation.ts';
import { toMountNames } from './runtime.ts';
import { begin, toShortId, type Outcome } from './state.ts';
import type { Container, State } from './types.ts';

/**
 * `docker ps` (`docker container ls`): the table, `--quiet` and `--format`. Loaded on first use,
 * as the first command of a session is a `docker run`, which does not need it.
 */

/** The STATUS column, as the daemon's container summary words it (`Up 5 seconds`, `Exited (0) 3 seconds ago`). */
export function toStatus(state: State, container: Container): string {
  const since = toHumanDuration(state.clock - (container.status === 'exited' ? container.finished : container.started));
  switch (container.status) {
    case 'created':
      return 'Created';
    case 'running':
      return `Up ${since}`;
    case 'restarting':
      return `Restarting (${container.exitCode}) ${since} ago`;
    default:
      return `Exited (${container.exitCode}) ${since} ago`;
  }
}

export function psCommand(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const all = hasFlag(parsed, '--all');
  const shown = [...state.containers]
    .filter((container) => all || container.status === 'running' || container.status === 'restarting')
    .sort((a, b) => b.created - a.created || state.containers.indexOf(b) - state.containers.indexOf(a));
  if (hasFlag(parsed, '--quiet')) {
    outcome.stdout.push(...shown.map((container) => toShortId(container.id)));
    return outcome;
  }
  const format = lastFlag(parsed, '--format');
  if (format) {
    for (const container of shown) outcome.stdout.push(toPsLine(state, container, format));
    return outcome;
  }
  const rows = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']];
  for (const container of shown) {
    rows.push([
      toShortId(container.id),
      container.imageRef,
      JSON.stringify(toEllipsis(toCommandText(container.argv), 20)),
      `${toHumanDuration(state.clock - container.created)} ago`,
      toStatus(state, container),
      toPorts(container),
      container.name,
    ]);
  }
  outcome.stdout.push(toTable(rows));
  return outcome;
}

/** The command as `ps` shows it: words with spaces in single quotes (moby daemon/container/view.go). */
export function toCommandText(argv: readonly string[]): string {
  return argv.map((word) => (/[\s]/.test(word) ? `'${word}'` : word)).join(' ');
}

/** A `ps --format` line for the placeholders the playground knows. */
export function toPsLine(state: State, container: Container, format: string): string {
  const fields: Record<string, string> = {
    ID: toShortId(container.id),
    Names: container.name,
    Image: container.imageRef,
    Status: toStatus(state, container),
    State: container.status,
    Ports: toPorts(container),
    Networks: container.endpoints
      .map((endpoint) => endpoint.network)
      .sort()
      .join(','),
    Mounts: toMountNames(container.mounts),
    Command: JSON.stringify(toEllipsis(toCommandText(container.argv), 20)),
  };
  return format.replace(/\\t/g, '\t').replace(/\{\{\s*\.(\w+)\s*\}\}/g, (whole, key: string) => fields[key] ?? whole);
}

export const HANDLERS = { 'docker container ls': psCommand };
