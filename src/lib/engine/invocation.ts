import type { CliCommand, CliIndex } from '../cli/data.ts';
import { readArgv } from '../cli/argv.ts';
import { toFirstRefusal } from '../cli/refusal.ts';
import type { ShellWord } from '../shell/words.ts';

/**
 * The engine's view of a docker invocation, read by the site's own reader (`readArgv` in
 * src/lib/cli/argv.ts, which `readDockerInvocation` wraps for the build checks and the
 * explainer), so the playground accepts exactly what the docs accept and refuses the rest with
 * the Docker CLI's own words (src/lib/cli/refusal.ts).
 */
export interface Parsed {
  command: CliCommand;
  /** The path as the CLI names it in messages: `docker run`, where the command is `docker container run`. */
  typed: string;
  /** Values by long flag name, in order; a boolean's are `true` or `false` (`--rm=false`). */
  flags: ReadonlyMap<string, readonly string[]>;
  /** Positional arguments, then (for `run`/`create`/`exec`) the container's own words. */
  args: readonly string[];
  /** Whether `--help` (or `-h`) asks for the command's help. */
  help: boolean;
}

/** The command's usage line with its path as typed (`docker port CONTAINER …`), as the CLI's argument errors print it. */
export const toUsage = (parsed: Parsed): string => parsed.command.usage.replace(parsed.command.path, parsed.typed);

export type ParseOutcome = { ok: true; parsed: Parsed } | { ok: false; stderr: string; exit: number };

/**
 * Reads the words of one command line, `docker` included.
 * @param words Shell words, from the program on (`toProgramWords`).
 * @param cli The CLI lookups.
 */
export function parseInvocation(words: readonly ShellWord[], cli: CliIndex): ParseOutcome {
  const read = readArgv(words, cli);
  const refused = toFirstRefusal(read);
  if (refused) return { ok: false, ...refused };
  if (!read.command || words[0]?.value !== 'docker')
    return { ok: false, exit: 127, stderr: `${words[0]?.value ?? ''}: command not found\n` };
  const flags = new Map<string, string[]>();
  for (const { flag, value } of read.flags) flags.set(flag.name, [...(flags.get(flag.name) ?? []), value]);
  return {
    ok: true,
    parsed: {
      command: read.command,
      typed: read.typed,
      flags,
      args: [...read.operands, ...read.passed].map((word) => word.value),
      help: read.help,
    },
  };
}
