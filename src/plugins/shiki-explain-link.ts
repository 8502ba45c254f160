import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { isDockerProgram } from '../lib/cli/invocation.ts';
import { toExplainHref } from '../lib/explain/hash.ts';
import { toCopyLine, toCopyText } from '../lib/shell/lines.ts';
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

const isElement = (node: { type: string } | undefined): node is Element => node?.type === 'element';
/** Shiki writes `class` as a string; hastscript writes `className` as a list. */
const hasClass = (node: Element, name: string): boolean =>
  String(node.properties['class'] ?? node.properties['className'] ?? '')
    .split(/[\s,]+/)
    .includes(name);

/**
 * Returns the commands a terminal frame shows, by the copy button's own rule (toCopyText): no
 * prompts, no output, no removed lines, each line read back from the classes the snippet model
 * gave it (toCopyLine).
 */
function toCommandText(pre: Element): string {
  const code = pre.children.find(isElement);
  const lines = (code?.children ?? [])
    .filter(isElement)
    .filter((line) => hasClass(line, 'line'))
    .map((line) => toCopyLine(toString(line), (name) => hasClass(line, name)));
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
    const runsDocker = toShellCommands(text).some((words) => isDockerProgram(toProgramWords(words)[0]?.value ?? ''));
    if (!runsDocker) return undefined;
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
