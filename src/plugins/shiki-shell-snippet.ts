import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { ShikiTransformer, ThemedToken } from 'shiki';
import type { CliIndex } from '../lib/cli/data.ts';
import { resolveReferenceHref } from '../lib/links/reference-urls.ts';
import { isShellLanguage, SHELL_LINE_CLASS, type ShellLineKind } from '../lib/shell/lines.ts';
import { readShellSnippet, type SnippetPart } from '../lib/shell/snippet.ts';
import { CLI } from '../node/cli-data.ts';
import { readFenceMeta, readMetaAttribute } from '../lib/content/code-meta.ts';
import { PLACEHOLDER_WORD, readDeclaredPlaceholders, toPlaceholderParts } from '../lib/shell/placeholders.ts';

/** Options of {@link transformerShellSnippet}. */
export interface Options {
  /**
   * Link commands and flags to the reference; off leaves the words plain (prompts and line
   * kinds are handled either way).
   * @default true
   */
  links?: boolean;
  /**
   * The CLI data the links come from.
   * @default the committed src/data/docker-cli.json
   */
  cli?: CliIndex;
}

/** A link to make: where it starts in the highlighted code, how long, and its target. */
interface LinkSpan {
  offset: number;
  length: number;
  href: string;
  /** Accessible name: the full command or flag, then its meaning (a lone `t` or `start` says little). */
  label: string;
}

/** What the transformer keeps of the block being highlighted. */
interface BlockState {
  kinds: ShellLineKind[];
  links: Map<number, LinkSpan>;
}

function toLinkSpan(part: SnippetPart, cli: CliIndex): LinkSpan {
  const entry = part.flag ?? part.command;
  const flagName = part.flag ? ` ${part.flag.short ? `${part.flag.short}, ` : ''}${part.flag.name}` : '';
  return {
    offset: part.codeOffset,
    length: part.length,
    href: resolveReferenceHref(cli, part.command.path, part.flag?.name),
    label: `${part.command.path}${flagName}: ${entry.meaning}`,
  };
}

/**
 * Wraps each declared placeholder word in the element's text in `<var class="dk-placeholder">`.
 * The word itself stays the text, so selecting or copying the line gives it unchanged.
 */
function markPlaceholders(element: Element, words: readonly string[]): void {
  element.children = element.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      markPlaceholders(child, words);
      return [child];
    }
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a highlighted line holds only elements and text
    if (child.type !== 'text') return [child];
    return toPlaceholderParts(child.value, words).map((part) =>
      part.placeholder ? h('var.dk-placeholder', part.text) : { type: 'text', value: part.text },
    );
  });
}

/** Splits the tokens of one line at every link boundary, so each link is a token of its own. */
function splitAt(line: ThemedToken[], cuts: ReadonlySet<number>): ThemedToken[] {
  return line.flatMap((token) => {
    const pieces: ThemedToken[] = [];
    let start = 0;
    for (let index = 1; index < token.content.length; index += 1) {
      if (!cuts.has(token.offset + index)) continue;
      pieces.push({ ...token, content: token.content.slice(start, index), offset: token.offset + start });
      start = index;
    }
    pieces.push({ ...token, content: token.content.slice(start), offset: token.offset + start });
    return pieces;
  });
}

/**
 * Shows a shell snippet (sh, bash, console, …) as a terminal session, from one reading of it
 * (`readShellSnippet`): the `$ ` prompts leave the text (CSS draws them back, so neither
 * selection nor the copy button picks them up), each line is marked as a command, a
 * continuation or output (`dk-out`, shown without highlighting), and each docker subcommand and
 * flag links to its entry on the reference page with our one-line meaning in its `aria-label`. The
 * words come from the CLI data, not a pattern, so `docker network rm` links `network` and `rm`.
 * Only the tokens that hold a link are split; comments are never touched, so `# [!code ++]`
 * still works. Words declared with `placeholder="WORD"` on the fence become
 * `<var class="dk-placeholder">WORD</var>`.
 *
 * @example
 * ```sh
 * $ docker volume create named-db
 * named-db
 * ```
 */
export function transformerShellSnippet(options: Readonly<Options> = {}): ShikiTransformer {
  const { links = true, cli = CLI } = options;
  if (typeof links !== 'boolean') {
    throw new TypeError(`transformerShellSnippet: option "links" must be true or false, got ${JSON.stringify(links)}`);
  }
  // The block being highlighted, keyed by Shiki's per-block meta object.
  const blocks = new WeakMap<object, BlockState>();

  return {
    name: 'dk:shell-snippet',
    preprocess(code, { lang }) {
      if (!isShellLanguage(lang)) return undefined;
      const snippet = readShellSnippet(code, cli);
      const spans = new Map<number, LinkSpan>();
      if (links) {
        for (const part of snippet.invocations.flatMap((invocation) => invocation.parts)) {
          spans.set(part.codeOffset, toLinkSpan(part, cli));
        }
      }
      blocks.set(this.meta, { kinds: snippet.lines.map((line) => line.kind), links: spans });
      return snippet.code;
    },
    tokens(lines) {
      const block = blocks.get(this.meta);
      // Stryker disable next-line ConditionalExpression: with no link there is no cut, and splitting at none changes no token
      if (!block || block.links.size === 0) return undefined;
      const cuts = new Set([...block.links.values()].flatMap((link) => [link.offset, link.offset + link.length]));
      return lines.map((line) => splitAt(line, cuts));
    },
    span(node, _line, _column, _lineElement, token) {
      const link = blocks.get(this.meta)?.links.get(token.offset);
      if (link?.length !== token.content.length) return;
      node.tagName = 'a';
      node.properties['href'] = link.href;
      // The name starts with the visible text (WCAG 2.5.3), then says what it stands for; the
      // tooltip shows the same words (code.css), so a command repeated on a page carries them once.
      node.properties['ariaLabel'] = `${token.content} — ${link.label}`;
      this.addClassToHast(node, 'dk-cmd-link');
    },
    line(node, line) {
      const kind = blocks.get(this.meta)?.kinds[line - 1];
      if (!kind) return;
      this.addClassToHast(node, SHELL_LINE_CLASS[kind]);
      if (kind === 'output') {
        // Output is not shell: drop the token colours and keep the text.
        node.children = [{ type: 'text', value: toString(node) }];
      }
      // The remark checker has already failed on a malformed or unused word; only the valid ones get here.
      const words = readDeclaredPlaceholders(readFenceMeta(this.options), readMetaAttribute).filter((word) =>
        PLACEHOLDER_WORD.test(word),
      );
      // Stryker disable next-line ConditionalExpression,EqualityOperator: marking no word rebuilds the same text; the test only saves work
      if (words.length > 0) markPlaceholders(node, words);
    },
  };
}
