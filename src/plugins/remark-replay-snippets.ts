import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { CliIndex } from '../lib/cli/data.ts';
import { hasMetaFlag, readMetaAttribute, TRY_ATTRIBUTE } from '../lib/content/code-meta.ts';
import { readSimulateMark, replaySnippet, SIMULATE_ATTRIBUTE } from '../lib/content/snippet-replay.ts';
import { toCliIndex, toCompactCli } from '../lib/engine/cli.ts';
import { createState } from '../lib/engine/index.ts';
import { toRunFragment } from '../lib/engine/session.ts';
import type { State } from '../lib/engine/types.ts';
import { isShellLanguage } from '../lib/shell/lines.ts';
import { CLI_DATA } from '../node/cli-data.ts';

/** Options of {@link remarkReplaySnippets}. */
export interface Options {
  /**
   * The CLI lookups the engine reads commands with.
   * @default the playground's own: the packed copy of src/data/docker-cli.json
   */
  cli?: CliIndex;
  /**
   * The page the "Try it" links open.
   * @default '/playground/'
   */
  playground?: string;
}

const SOURCE = 'remark-replay-snippets';

function failAt(file: VFile, node: Code, line: number, message: string, ruleId: string): never {
  return file.fail(message, {
    place: { line: (node.position?.start.line ?? 0) + line, column: node.position?.start.column ?? 1 },
    source: SOURCE,
    ruleId,
  });
}

/**
 * Replays every terminal snippet of a page through the playground's engine, in page order and
 * from a fresh engine per page, so the docs and the playground agree. A snippet that shows output
 * fails the build at the first shown line the engine contradicts (after IDs, ages, sizes and
 * digests are normalised), or at a command the engine does not model, unless its fence says why
 * it cannot be replayed: ` ```sh simulate="no: needs a Swarm" `. A snippet that agrees gets a
 * "Try it" address in its meta (`dk-try`), which opens the playground with the page's commands
 * up to and including it. Snippets marked `legacy` are neither run nor compared.
 */
export const remarkReplaySnippets: Plugin<[Options?], Root> = (options = {}) => {
  const { cli = toCliIndex(toCompactCli(CLI_DATA)), playground = '/playground/' } = options;
  if (typeof cli !== 'object' || typeof cli.findCommand !== 'function') {
    throw new TypeError(`remarkReplaySnippets: option "cli" must be a CliIndex from toCliIndex(), got ${typeof cli}`);
  }
  if (typeof playground !== 'string' || !playground.startsWith('/')) {
    throw new TypeError(
      `remarkReplaySnippets: option "playground" must be a site path such as "/playground/", got ${JSON.stringify(playground)}`,
    );
  }

  return (tree, file: VFile) => {
    let state: State = createState('playground');
    const ran: string[] = [];
    visit(tree, 'code', (node: Code) => {
      const meta = node.meta ?? '';
      if (!isShellLanguage(node.lang ?? '') || hasMetaFlag(meta, 'legacy')) return;
      let reason: string | undefined;
      try {
        reason = readSimulateMark(readMetaAttribute(meta, SIMULATE_ATTRIBUTE));
      } catch (error) {
        failAt(file, node, 0, (error as Error).message, 'simulate-mark');
      }
      const before = state;
      const replay = replaySnippet(state, node.value, cli, reason === undefined);
      state = replay.state;
      ran.push(...replay.ran);
      if (reason !== undefined) {
        if (!replay.showsOutput) {
          failAt(
            file,
            node,
            0,
            `simulate="no: ${reason}" marks a snippet that shows no output, and only output is compared: remove the mark`,
            'simulate-mark-unused',
          );
        }
        if (!replaySnippet(before, node.value, cli, true).problem) {
          failAt(
            file,
            node,
            0,
            `simulate="no: ${reason}" marks a snippet the playground's engine replays and agrees with: remove the mark`,
            'simulate-mark-unused',
          );
        }
        return;
      }
      if (!replay.showsOutput) return;
      if (replay.problem) {
        failAt(
          file,
          node,
          replay.problem.at,
          `${replay.problem.message}\nFix the page or the engine (src/lib/engine/), or mark the snippet ` +
            `\`\`\`${node.lang ?? 'sh'} simulate="no: REASON" with the reason it cannot be replayed`,
          replay.problem.ruleId,
        );
      }
      node.meta = `${meta} ${TRY_ATTRIBUTE}="${playground}${toRunFragment(ran)}"`.trim();
    });
  };
};
