/** Languages shown as a terminal, whose `$ ` prompts and output lines are handled. */
export const SHELL_LANGUAGES = ['sh', 'bash', 'shell', 'console', 'zsh', 'shellsession'] as const;

/** How a line of a shell snippet is shown and copied, as a closed set. */
export const SHELL_LINE_KINDS = ['command', 'continuation', 'output'] as const;
export type ShellLineKind = (typeof SHELL_LINE_KINDS)[number];

export interface ShellLines {
  /** The snippet without its `$ ` prompts: what is highlighted. */
  code: string;
  /** One kind per line of `code`. */
  kinds: ShellLineKind[];
}

const PROMPT = /^\$ ?/;

/**
 * Splits a shell snippet into commands, their `\` continuation lines and output lines, and
 * removes the `$ ` prompts. In a snippet with no prompt at all, every line is a command.
 *
 * @param source The snippet as written.
 * @example
 * toShellLines('$ docker volume create db\ndb')
 * // { code: 'docker volume create db\ndb', kinds: ['command', 'output'] }
 */
export function toShellLines(source: string): ShellLines {
  const lines = source.split('\n');
  const hasPrompts = lines.some((line) => PROMPT.test(line));
  const kinds: ShellLineKind[] = [];
  let continues = false;
  const code = lines.map((line) => {
    let kind: ShellLineKind;
    if (continues) kind = 'continuation';
    else if (!hasPrompts || PROMPT.test(line)) kind = 'command';
    else kind = 'output';
    kinds.push(kind);
    continues = kind !== 'output' && /\\\s*$/.test(line);
    return kind === 'command' ? line.replace(PROMPT, '') : line;
  });
  return { code: code.join('\n'), kinds };
}
