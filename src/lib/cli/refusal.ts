import type { Argv, CliRefusal } from './argv.ts';

/** What the Docker CLI prints on stderr when it refuses a line, and the status it exits with. */
export interface RefusalText {
  stderr: string;
  exit: number;
}

/**
 * Words a refusal as Docker CLI 29 prints it (v29.7.2): a flag error through cli/cobra.go's
 * FlagErrorFunc (the usage, `Run '… --help'`, exit 125); an unknown command from the root's RunE
 * in cmd/docker/docker.go (exit 1), or from cli/required.go's NoArgs for a group, with its usage.
 *
 * @param refusal A problem's refusal, see {@link Argv}.
 * @example toRefusalText(refusal).stderr // "unknown flag: --x\n\nUsage:  docker run [OPTIONS] IMAGE …\n\nRun 'docker run --help' for more information\n"
 */
export function toRefusalText(refusal: Readonly<CliRefusal>): RefusalText {
  const { kind, line, command, typed } = refusal;
  const help = `Run '${typed} --help' for more information\n`;
  if (kind === 'command' && command.path === 'docker') return { stderr: `${line}\n\n${help}`, exit: 1 };
  const usage = `Usage:  ${command.usage.replace(command.path, typed)}`;
  return { stderr: `${line}\n\n${usage}\n\n${help}`, exit: kind === 'command' ? 1 : 125 };
}

/**
 * The first refusal of an invocation, as the CLI prints it (pflag stops at the first error), or
 * undefined when the CLI reads every word.
 * @param invocation What `readArgv` or `readDockerInvocation` found.
 */
export function toFirstRefusal(invocation: Readonly<Pick<Argv, 'problems'>>): RefusalText | undefined {
  const refusal = invocation.problems.find((problem) => problem.refusal)?.refusal;
  return refusal ? toRefusalText(refusal) : undefined;
}
