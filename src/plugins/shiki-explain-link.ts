import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { ShikiTransformer } from 'shiki';
import { isDockerProgram } from '../lib/cli/invocation.ts';
import { toExplainHref } from '../lib/explain/hash.ts';
import { toProgramWords, toShellCommands } from '../lib/shell/words.ts';

/** Options of {@link transformerExplainLink}. */
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

/** Returns the commands a terminal frame shows, as its copy button copies them: no prompts, no output, no removed lines. */
function toCommandText(pre: Element): string {
  const code = pre.children.find(isElement);
  return (code?.children ?? [])
    .filter(isElement)
    .filter((line) => hasClass(line, 'line') && !hasClass(line, 'dk-out') && !hasClass(line, 'remove'))
    .map((line) => toString(line))
    .join('\n')
    .trim();
}

/**
 * Adds an "Explain" link in the title bar of every terminal snippet that runs a docker
 * command: it opens /explain/ with the snippet's commands in the fragment. Place it after
 * transformerCodeFrame, which builds the frame and marks output lines.
 */
export function transformerExplainLink(options: Readonly<Options> = {}): ShikiTransformer {
  const { enabled = true } = options;
  if (typeof enabled !== 'boolean') {
    throw new TypeError(
      `transformerExplainLink: option "enabled" must be true or false, got ${JSON.stringify(enabled)}`,
    );
  }
  return {
    name: 'dk:explain-link',
    root(root) {
      const figure = root.children.find(isElement);
      if (!enabled || figure?.properties['dataKind'] !== 'terminal') return;
      const caption = figure.children.find(
        (child): child is Element => isElement(child) && child.tagName === 'figcaption',
      );
      const pre = figure.children.find((child): child is Element => isElement(child) && child.tagName === 'pre');
      if (!caption || !pre) return;
      const text = toCommandText(pre);
      const runsDocker = toShellCommands(text).some((words) =>
        isDockerProgram(toProgramWords(words)[0]?.value ?? ''),
      );
      if (!runsDocker) return;
      const first = text.split('\n')[0] ?? '';
      // Beside the caption, not in it, so the frame's label stays its own text.
      figure.children.splice(
        figure.children.indexOf(caption) + 1,
        0,
        h(
          'a.dk-explain-link',
          // The name starts with the visible text (WCAG 2.5.3), then says which command.
          {
            href: toExplainHref(text),
            ariaLabel: `Explain: ${first.length > 60 ? `${first.slice(0, 60)}…` : first}`,
            dataPagefindIgnore: '',
          },
          'Explain',
        ),
      );
    },
  };
}
