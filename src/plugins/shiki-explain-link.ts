import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { isDockerProgram } from '../lib/cli/invocation.ts';
import { toExplainHref } from '../lib/explain/hash.ts';
import { toCopyLine, toCopyText, type CopyLine } from '../lib/shell/lines.ts';
import { toProgramWords, toShellCommands } from '../lib/shell/words.ts';
import type { FrameBlock, FrameLink } from './shiki-code-frame.ts';

/** Options of {@link explainLink}. */
export interface Options {
  /**
   * Turn the links on; off leaves snippets untouched.
   * @default true
   */
  enabled?: boolean;
}

/** Shiki writes `class` as a string, and as a list once a transformer has added a class to it. */
const hasClass = (node: Element, name: string): boolean => {
  // Stryker disable next-line StringLiteral: an element without a class is no line, whatever stands in for it
  const value = String(node.properties['class'] ?? '');
  // Stryker disable next-line Regex: the String() of a list never doubles its commas, and Shiki writes single spaces
  return value.split(/[\s,]+/).includes(name);
};

/**
 * Returns the commands a terminal frame shows, by the copy button's own rule (toCopyText): no
 * prompts, no output, no removed lines, each `.line` read back, as the copy button reads it,
 * from the classes the snippet model gave it (toCopyLine).
 */
function toCommandText(pre: Element): string {
  const lines: CopyLine[] = [];
  visit(pre, 'element', (node) => {
    if (!hasClass(node, 'line')) return CONTINUE;
    lines.push(toCopyLine(toString(node), (name) => hasClass(node, name)));
    return SKIP;
  });
  return toCopyText(lines);
}

/**
 * Returns the "Explain" link of the frame (transformerCodeFrame's `links`) of every terminal
 * snippet that runs a docker command: it opens /explain/ with the snippet's commands in the
 * fragment.
 */
export function explainLink(options: Readonly<Options> = {}): FrameLink {
  const { enabled = true } = options;
  if (typeof enabled !== 'boolean') {
    throw new TypeError(`explainLink: option "enabled" must be true or false, got ${JSON.stringify(enabled)}`);
  }
  return ({ kind, pre }: FrameBlock): Element | undefined => {
    if (!enabled || kind !== 'terminal') return undefined;
    const text = toCommandText(pre);
    // Stryker disable next-line StringLiteral: a command with no program word runs no docker, whatever stands in for its name
    const runsDocker = toShellCommands(text).some((words) => isDockerProgram(toProgramWords(words)[0]?.value ?? ''));
    if (!runsDocker) return undefined;
    // Stryker disable next-line StringLiteral: split always gives a first part
    const first = text.split('\n')[0] ?? '';
    return h(
      'a.dk-explain-link',
      // The name starts with the visible text (WCAG 2.5.3), then says which command.
      {
        href: toExplainHref(text),
        ariaLabel: `Explain: ${first.length > 60 ? `${first.slice(0, 60)}…` : first}`,
        dataPagefindIgnore: '',
      },
      'Explain',
    );
  };
}
