import type { Code, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Plugin, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkReplaySnippets } from '../../src/plugins/remark-replay-snippets.ts';
import { ENGINE_CLI } from './engine/replay.ts';
import { remarkFailure } from './remark-run.ts';

/** Replays a page and returns each code block's language and meta afterwards. */
async function replay(mdx: string, playground?: string): Promise<string[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkReplaySnippets, { cli: ENGINE_CLI, ...(playground === undefined ? {} : { playground }) });
  const tree = await processor.run(processor.parse(mdx), new VFile({ path: 'content/page.mdx', value: mdx }));
  const metas: string[] = [];
  visit(tree, 'code', (node: Code) => void metas.push(`${node.lang ?? ''} ${node.meta ?? ''}`.trim()));
  return metas;
}

/** The plugin with the playground's CLI lookups, for {@link remarkFailure}. */
const replayWithEngine: Plugin<[], Root> = function (this: Processor) {
  return remarkReplaySnippets.call(this, { cli: ENGINE_CLI });
};
const failure = (mdx: string): Promise<string> => remarkFailure(replayWithEngine, mdx);

const fence = (meta: string, body: string): string => `\`\`\`sh${meta ? ` ${meta}` : ''}\n${body}\n\`\`\`\n`;

describe('remarkReplaySnippets', () => {
  it("gives each snippet that agrees a Try it address with the page's commands up to it, and skips the rest", async () => {
    const page = [
      '# Page\n',
      fence('', '$ docker volume create db\ndb'),
      fence('legacy', '$ docker-compose up'),
      '```yaml\nservices: {}\n```\n',
      fence('', '$ docker volume ls -q\ndb'),
      fence('', '$ docker volume rm db'),
    ].join('\n');
    expect(await replay(page, '/try/')).toEqual([
      'sh dk-try="/try/#run=docker%20volume%20create%20db"',
      'sh legacy',
      'yaml',
      'sh dk-try="/try/#run=docker%20volume%20create%20db&run=docker%20volume%20ls%20-q"',
      // Only shown output is compared, so a snippet without any gets no link.
      'sh',
    ]);
    expect((await replay(fence('', '$ docker volume create db\ndb')))[0]).toBe(
      'sh dk-try="/playground/#run=docker%20volume%20create%20db"',
    );
  });

  it('fails at the first shown line the engine contradicts, with the fix', async () => {
    const message = await failure(`# Page\n\n${fence('', '$ docker volume create db\ncache')}`);
    expect(message).toMatch(/^content\/page\.mdx:5:1: /);
    expect(message).toContain(
      'Fix the page or the engine (src/lib/engine/), or mark the snippet ```sh simulate="no: REASON" with the reason it cannot be replayed',
    );
  });

  it('fails on a simulate mark a snippet does not need, and on one without a reason', async () => {
    expect(await failure(fence('simulate="no: needs a Swarm"', '$ docker volume create db'))).toBe(
      'content/page.mdx:1:1: simulate="no: needs a Swarm" marks a snippet that shows no output, and only output is compared: remove the mark',
    );
    expect(await failure(fence('simulate="no: needs a Swarm"', '$ docker volume create db\ndb'))).toBe(
      'content/page.mdx:1:1: simulate="no: needs a Swarm" marks a snippet the playground\'s engine replays and agrees with: remove the mark',
    );
    expect(await failure(fence('simulate="yes"', '$ docker volume create db\ndb'))).toMatch(
      /^content\/page\.mdx:1:1: .*simulate/,
    );
  });

  it('keeps the state a marked snippet builds for the snippets after it', async () => {
    const page = [
      fence('simulate="no: the output is from another engine"', '$ docker volume create db\nother'),
      fence('', '$ docker volume ls -q\ndb'),
    ].join('\n');
    expect((await replay(page))[1]).toBe(
      'sh dk-try="/playground/#run=docker%20volume%20create%20db&run=docker%20volume%20ls%20-q"',
    );
  });

  it('leaves legacy and non-shell blocks unreplayed, however wrong their output', async () => {
    const page = [
      fence('legacy', '$ docker volume create db\ncache'),
      '```text\n$ docker volume create db\ncache\n```\n',
    ].join('\n');
    expect(await replay(page)).toEqual(['sh legacy', 'text']);
  });

  it("names the failing block's language in the fix and each failure's rule", async () => {
    const block = '```console\n$ docker volume create db\ncache\n```\n';
    expect(await failure(block)).toContain('or mark the snippet ```console simulate="no: REASON"');
    const ruleOf = async (mdx: string) =>
      replay(mdx).then(
        () => 'no error',
        (error: unknown) => (error as { ruleId: string }).ruleId,
      );
    expect(await ruleOf(fence('simulate="yes"', '$ docker volume create db\ndb'))).toBe('simulate-mark');
    expect(await ruleOf(fence('simulate="no: x"', '$ docker volume create db'))).toBe('simulate-mark-unused');
    expect(await ruleOf(fence('simulate="no: x"', '$ docker volume create db\ndb'))).toBe('simulate-mark-unused');
  });

  it('rejects wrong options when created', () => {
    for (const playground of ['playground', 'playground/'])
      expect(() => unified().use(remarkReplaySnippets, { playground }).freeze()).toThrow(
        `remarkReplaySnippets: option "playground" must be a site path such as "/playground/", got "${playground}"`,
      );
    expect(() =>
      unified()
        .use(remarkReplaySnippets, { cli: {} as never })
        .freeze(),
    ).toThrow('remarkReplaySnippets: option "cli" must be a CliIndex from toCliIndex(), got object');
  });
});
