import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { CliIndex } from '../lib/cli/data.ts';
import { checkFenceMeta, hasMetaFlag, readMetaAttribute } from '../lib/content/code-meta.ts';
import { checkDockerfile, type SnippetProblem } from '../lib/content/dockerfile-check.ts';
import { checkComposeFile, isComposeTitle } from '../lib/content/snippet-files.ts';
import { isShellLanguage, toCheckedShell } from '../lib/shell/lines.ts';
import {
  PLACEHOLDER_WORD,
  findRedirectPlaceholders,
  hasPlaceholder,
  readDeclaredPlaceholders,
  toPlaceholderWord,
} from '../lib/shell/placeholders.ts';
import { readShellSnippet, type ShellSnippet } from '../lib/shell/snippet.ts';
import { CLI } from '../node/cli-data.ts';

/** Options of {@link remarkCheckCommands}. */
export interface Options {
  /**
   * The CLI data to check against.
   * @default the committed src/data/docker-cli.json
   */
  cli?: CliIndex;
}

const SOURCE = 'remark-check-commands';

function failAt(file: VFile, node: Code, line: number, column: number, message: string, ruleId: string): never {
  const start = {
    line: (node.position?.start.line ?? 0) + line,
    column: (node.position?.start.column ?? 1) - 1 + column,
  };
  return file.fail(message, { place: start, source: SOURCE, ruleId });
}

/**
 * Fails on a word of the opening fence that is not a key the build reads, at that word: the column
 * is found in the fence's own line, since remark keeps the meta without its place.
 */
function checkFenceKeys(file: VFile, node: Code): void {
  const meta = node.meta ?? '';
  const [problem] = checkFenceMeta(meta);
  if (!problem) return;
  const fence = String(file.value).split('\n')[(node.position?.start.line ?? 1) - 1] ?? '';
  const metaStart = fence.lastIndexOf(meta);
  const column = (metaStart < 0 ? 0 : metaStart) + problem.offset + 1;
  file.fail(problem.message, {
    place: { line: node.position?.start.line ?? 1, column },
    source: SOURCE,
    ruleId: 'fence-key',
  });
}

/**
 * Fails on a declared placeholder that is not an UPPER_CASE word or that the block never uses
 * (a leftover from an edit, which would leave the reader looking for a word that is not there).
 */
function checkDeclaredPlaceholders(file: VFile, node: Code): void {
  const declared = readDeclaredPlaceholders(node.meta ?? '', readMetaAttribute);
  for (const word of declared) {
    if (!PLACEHOLDER_WORD.test(word)) {
      failAt(
        file,
        node,
        0,
        1,
        `Placeholder "${word}" is not an UPPER_CASE word: write placeholder="${toPlaceholderWord(word) || 'NAME'}" and use that word in the block`,
        'placeholder-word',
      );
    }
    if (!hasPlaceholder(node.value, word)) {
      failAt(
        file,
        node,
        0,
        1,
        `Placeholder "${word}" is declared but does not occur in this block: use ${word} in the block or remove it from placeholder="${declared.join(' ')}"`,
        'placeholder-unused',
      );
    }
  }
}

/** Fails on the first unquoted `<name>` in a shell block, naming the UPPER_CASE word to use instead. */
function checkRedirectPlaceholders(file: VFile, node: Code, snippet: ShellSnippet): void {
  const [hole] = findRedirectPlaceholders(toCheckedShell(snippet.lines));
  if (!hole) return;
  const word = toPlaceholderWord(hole.text);
  const name = hole.text.slice(1, -1);
  failAt(
    file,
    node,
    hole.line,
    hole.column,
    `\`${hole.text}\` breaks the command: a shell reads \`<\` as a redirection from a file named "${name}". ` +
      `Write ${word} instead and declare it on the fence, \`\`\`${node.lang ?? 'sh'} placeholder="${word}"\`, ` +
      `or use a name that an earlier step on the page created`,
    'placeholder-redirect',
  );
}

function failFileProblem(file: VFile, node: Code, problem: SnippetProblem | undefined, ruleId: string): void {
  if (problem) failAt(file, node, problem.line, 1, problem.message, ruleId);
}

/**
 * Fails the build on a wrong command in a snippet: every `docker …` in a shell block (sh, bash,
 * console, …) is checked against the CLI data (unknown subcommand or flag, a flag without its
 * value, a deprecated or removed form), Compose files (`title="compose.yaml"`) against the Compose
 * Specification, and Dockerfiles for unknown instructions. In shell blocks an unquoted `<name>`
 * fails (a shell reads it as a redirection), and in any block a `placeholder="WORD"` on the
 * fence must name UPPER_CASE words the block uses. The error names the line and column of the
 * offending word and the fix. A block that shows an old form on purpose says so with `legacy`.
 *
 * @example
 * ```sh legacy
 * $ docker-compose up -d
 * ```
 */
export const remarkCheckCommands: Plugin<[Options?], Root> = (options = {}) => {
  const { cli = CLI } = options;
  if (typeof cli !== 'object' || typeof cli.findCommand !== 'function') {
    throw new TypeError(
      `remarkCheckCommands: option "cli" must be a CliIndex from createCliIndex(), got ${typeof cli}`,
    );
  }

  return (tree, file: VFile) => {
    visit(tree, 'code', (node: Code) => {
      const lang = node.lang ?? '';
      const meta = node.meta ?? '';
      checkFenceKeys(file, node);
      if (lang === 'dockerfile') {
        failFileProblem(file, node, checkDockerfile(node.value)[0], 'dockerfile');
        return;
      }
      if (/^ya?ml$/.test(lang) && isComposeTitle(readMetaAttribute(meta, 'title'))) {
        failFileProblem(file, node, checkComposeFile(node.value)[0], 'compose');
        return;
      }
      checkDeclaredPlaceholders(file, node);
      if (!isShellLanguage(lang)) return;
      const snippet = readShellSnippet(node.value, cli);
      // Even an old form shown on purpose must paste into a shell without a syntax error.
      checkRedirectPlaceholders(file, node, snippet);
      if (hasMetaFlag(meta, 'legacy')) return;
      for (const invocation of snippet.invocations) {
        const problem = invocation.problems[0];
        if (problem) failAt(file, node, problem.word.line, problem.word.column, problem.message, problem.ruleId);
      }
    });
  };
};
