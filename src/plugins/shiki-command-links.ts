import type { ShikiTransformer, ThemedToken } from 'shiki';
import { CLI, type CliIndex } from '../lib/docker-cli.ts';
import { DOCKER_PROGRAMS, readDockerInvocation, type CommandPart } from '../lib/docker-command.ts';
import { toReferenceHref } from '../lib/reference-urls.ts';
import { toShellLines } from '../lib/shell-lines.ts';
import { toProgramWords, toShellCommands } from '../lib/shell-words.ts';
import { toCheckedShell } from './remark-check-commands.ts';
import { SHELL_LANGUAGES } from '../lib/shell-lines.ts';

/** Options of {@link transformerCommandLinks}. */
export interface Options {
  /**
   * Turn links on; off leaves snippets untouched.
   * @default true
   */
  enabled?: boolean;
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
  tip: string;
  /** Accessible name: the full command or flag, then its meaning (a lone `t` or `start` says little). */
  label: string;
}

function toLinkSpan(part: CommandPart): LinkSpan {
  return {
    offset: part.word.offset + part.start,
    length: part.length,
    href: toReferenceHref(part.command.path, part.flag?.name),
    tip: (part.flag ?? part.command).meaning,
    label: `${part.command.path}${part.flag ? ` ${part.flag.short ? `${part.flag.short}, ` : ''}${part.flag.name}` : ''}: ${(part.flag ?? part.command).meaning}`,
  };
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
 * Links each docker subcommand and flag in a shell snippet to its entry in the reference (the
 * command's page, or the flag's anchor on it, from toReferenceHref),
 * with our one-line meaning in `data-tip` (shown by CSS on hover and focus). The words come from
 * the CLI data, not a pattern, so `docker network rm` links `network` and `rm` correctly. The
 * link text stays the token, so selection and the copy button still give plain text. Only the
 * tokens that hold a link are split; comments are never touched, so `# [!code ++]` still works.
 * Place it before transformerCodeFrame, so it sees the prompts and skips output lines.
 */
export function transformerCommandLinks(options: Readonly<Options> = {}): ShikiTransformer {
  const { enabled = true, cli = CLI } = options;
  if (typeof enabled !== 'boolean') {
    throw new TypeError(
      `transformerCommandLinks: option "enabled" must be true or false, got ${JSON.stringify(enabled)}`,
    );
  }
  // Links of the block being highlighted, by offset, keyed by Shiki's per-block meta object.
  const linksOf = new WeakMap<object, Map<number, LinkSpan>>();

  return {
    name: 'dk:command-links',
    preprocess(code, { lang }) {
      if (!enabled || !(SHELL_LANGUAGES as readonly string[]).includes(lang)) return undefined;
      // Shiki highlights the code without prompts (transformerCodeFrame removes them), so a
      // word's offset there is the start of its line in that code plus its column, less the prompt.
      const { code: highlighted } = toShellLines(code);
      const lineStarts: number[] = [];
      let at = 0;
      for (const line of highlighted.split('\n')) {
        lineStarts.push(at);
        at += line.length + 1;
      }
      const original = code.split('\n');
      const shownLines = highlighted.split('\n');
      const links = new Map<number, LinkSpan>();
      for (const command of toShellCommands(toCheckedShell(code))) {
        const words = toProgramWords(command);
        if (!(DOCKER_PROGRAMS as readonly string[]).includes(words[0]?.value ?? '')) continue;
        for (const part of readDockerInvocation(words, cli).parts) {
          const line = part.word.line - 1;
          const prompt = (original[line] ?? '').length - (shownLines[line] ?? '').length;
          const offset = (lineStarts[line] ?? 0) + part.word.column - 1 - prompt + part.start;
          links.set(offset, { ...toLinkSpan(part), offset });
        }
      }
      if (links.size > 0) linksOf.set(this.meta, links);
      return undefined;
    },
    tokens(lines) {
      const links = linksOf.get(this.meta);
      if (!links) return undefined;
      const cuts = new Set([...links.values()].flatMap((link) => [link.offset, link.offset + link.length]));
      return lines.map((line) => splitAt(line, cuts));
    },
    span(node, _line, _column, _lineElement, token) {
      const link = linksOf.get(this.meta)?.get(token.offset);
      if (!link || token.content.length !== link.length) return;
      node.tagName = 'a';
      node.properties['href'] = link.href;
      node.properties['dataTip'] = link.tip;
      // The name starts with the visible text (WCAG 2.5.3), then says what it stands for.
      node.properties['ariaLabel'] = `${token.content} — ${link.label}`;
      this.addClassToHast(node, 'dk-cmd-link');
    },
  };
}
