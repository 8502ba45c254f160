import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { CliIndex } from '../lib/cli/data.ts';
import { checkFenceMeta, hasMetaFlag, readMetaAttribute } from '../lib/content/code-meta.ts';
import { checkDockerfile, type SnippetProblem } from '../lib/content/dockerfile-check.ts';
import { collectProblems, type FileProblems } from '../lib/content/file-problems.ts';
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

/** Records a problem at a line and column of a block's content (line 0 is the opening fence). */
function addAt(
  problems: FileProblems,
  node: Code,
  line: number,
  column: number,
  message: string,
  ruleId: string,
): void {
  const start = {
    line: (node.position?.start.line ?? 0) + line,
    column: (node.position?.start.column ?? 1) - 1 + column,
  };
  problems.add(message, start, ruleId);
}

/**
 * Reports each word of the opening fence that is not a key the build reads, at that word: the
 * column is found in the fence's own line, since remark keeps the meta without its place.
 */
function checkFenceKeys(file: VFile, problems: FileProblems, node: Code): void {
  const meta = node.meta ?? '';
  const found = checkFenceMeta(meta);
  if (found.length === 0) return;
  const fence = String(file.value).split('\n')[(node.position?.start.line ?? 1) - 1] ?? '';
  const metaStart = fence.lastIndexOf(meta);
  for (const problem of found) {
    const column = (metaStart < 0 ? 0 : metaStart) + problem.offset + 1;
    problems.add(problem.message, { line: node.position?.start.line ?? 1, column }, 'fence-key');
  }
}

/**
 * Reports a declared placeholder that is not an UPPER_CASE word or that the block never uses
 * (a leftover from an edit, which would leave the reader looking for a word that is not there).
 */
function checkDeclaredPlaceholders(problems: FileProblems, node: Code): void {
  const declared = readDeclaredPlaceholders(node.meta ?? '', readMetaAttribute);
  for (const word of declared) {
    if (!PLACEHOLDER_WORD.test(word)) {
      addAt(
        problems,
        node,
        0,
        1,
        `Placeholder "${word}" is not an UPPER_CASE word: write placeholder="${toPlaceholderWord(word) || 'NAME'}" and use that word in the block`,
        'placeholder-word',
      );
    }
    if (!hasPlaceholder(node.value, word)) {
      addAt(
        problems,
        node,
        0,
        1,
        `Placeholder "${word}" is declared but does not occur in this block: use ${word} in the block or remove it from placeholder="${declared.join(' ')}"`,
        'placeholder-unused',
      );
    }
  }
}

/** Reports each unquoted `<name>` in a shell block, naming the UPPER_CASE word to use instead. */
function checkRedirectPlaceholders(problems: FileProblems, node: Code, snippet: ShellSnippet): void {
  for (const hole of findRedirectPlaceholders(toCheckedShell(snippet.lines))) {
    const word = toPlaceholderWord(hole.text);
    const name = hole.text.slice(1, -1);
    addAt(
      problems,
      node,
      hole.line,
      hole.column,
      `\`${hole.text}\` breaks the command: a shell reads \`<\` as a redirection from a file named "${name}". ` +
        `Write ${word} instead and declare it on the fence, \`\`\`${node.lang ?? 'sh'} placeholder="${word}"\`, ` +
        `or use a name that an earlier step on the page created`,
      'placeholder-redirect',
    );
  }
}

function addFileProblems(problems: FileProblems, node: Code, found: readonly SnippetProblem[], ruleId: string): void {
  for (const problem of found) addAt(problems, node, problem.line, 1, problem.message, ruleId);
}

/**
 * Fails the build on a wrong command in a snippet: every `docker …` in a shell block (sh, bash,
 * console, …) is checked against the CLI data (unknown subcommand or flag, a flag without its
 * value, a deprecated or removed form), Compose files (`title="compose.yaml"`) against the Compose
 * Specification, and Dockerfiles for unknown instructions. In shell blocks an unquoted `<name>`
 * fails (a shell reads it as a redirection), and in any block a `placeholder="WORD"` on the
 * fence must name UPPER_CASE words the block uses. Each error names the line and column of the
 * offending word and the fix, and the build fails once with every error of the page. A block that
 * shows an old form on purpose says so with `legacy`.
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
    // Every block is checked before the build fails, so one build names every mistake of the page.
    const problems = collectProblems(file, SOURCE);
    visit(tree, 'code', (node: Code) => {
      const lang = node.lang ?? '';
      const meta = node.meta ?? '';
      checkFenceKeys(file, problems, node);
      if (lang === 'dockerfile') {
        addFileProblems(problems, node, checkDockerfile(node.value), 'dockerfile');
        return;
      }
      if (/^ya?ml$/.test(lang) && isComposeTitle(readMetaAttribute(meta, 'title'))) {
        // The first only: after a YAML syntax error the parser's later complaints are mostly its echoes.
        addFileProblems(problems, node, checkComposeFile(node.value).slice(0, 1), 'compose');
        return;
      }
      checkDeclaredPlaceholders(problems, node);
      if (!isShellLanguage(lang)) return;
      const snippet = readShellSnippet(node.value, cli);
      // Even an old form shown on purpose must paste into a shell without a syntax error.
      checkRedirectPlaceholders(problems, node, snippet);
      if (hasMetaFlag(meta, 'legacy')) return;
      for (const invocation of snippet.invocations) {
        for (const problem of invocation.problems) {
          addAt(problems, node, problem.word.line, problem.word.column, problem.message, problem.ruleId);
        }
      }
    });
    problems.failIfAny();
  };
};
