import { describe, expect, test } from 'vitest';
import { remarkFailure, runRemark } from './remark-run.ts';
import { remarkAnswers } from '../../src/plugins/remark-answers.ts';

const run = (mdx: string): Promise<string> => runRemark(remarkAnswers, mdx);
const failure = (mdx: string): Promise<string> => remarkFailure(remarkAnswers, mdx);

const FENCE = [
  '## Publishing ports',
  '',
  '```answers',
  'error: Bind for 0.0.0.0:8080 failed: port is already allocated',
  'fix: Another container publishes host port 8080: `docker ps` shows which.',
  'question: How do I publish a port on localhost only?',
  '```',
].join('\n');

describe('remarkAnswers', () => {
  test('renders the exact message, its fix with code, and the questions, weighted for search', async () => {
    expect(await run(FENCE)).toBe(
      [
        '<h2>Publishing ports</h2>',
        '<div class="dk-answers" data-pagefind-weight="2"><p class="dk-answers__title">Common error</p>' +
          '<dl class="dk-answers__errors"><dt data-error="port-allocated"><code>Bind for 0.0.0.0:8080 failed: port is already allocated</code></dt>' +
          '<dd>Another container publishes host port 8080: <code>docker ps</code> shows which.</dd></dl>' +
          '<p class="dk-answers__title">This section answers</p><ul class="dk-answers__questions"><li>How do I publish a port on localhost only?</li></ul></div>',
      ].join('\n'),
    );
  });

  test('several errors are titled in the plural', async () =>
    expect(
      await run(
        '```answers\nerror: No such container: web\nfix: List them with docker ps -a.\nerror: No such image: web:1\nfix: Pull it first, then run it.\n```',
      ),
    ).toContain('<p class="dk-answers__title">Common errors</p>'));

  test('leaves other fences alone', async () =>
    expect(await run('```sh\ndocker ps\n```')).toContain('<pre><code class="language-sh">'));

  test.each([
    [
      'error: the port is busy\nfix: Use another port for it.',
      'content/page.mdx:2:1: "the port is busy" is not a message Docker prints',
    ],
    ['question: How do I publish a port?\nquestion:', 'content/page.mdx:3:1: A "question:" line is empty'],
    ['', 'content/page.mdx:1:1: An answers block declares nothing'],
  ])('a bad fence %j fails at its line', async (body, message) =>
    expect(await failure(`\`\`\`answers\n${body}\n\`\`\``)).toMatch(
      new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    ),
  );

  test('reports every bad fence of a page in one failure, in page order', async () =>
    expect(
      await failure(
        '```answers\nquestion:\n```\n\nText.\n\n```answers\nerror: the port is busy\nfix: Use another port for it.\n```',
      ),
    ).toBe(
      [
        'content/page.mdx:2:1: 2 problems in content/page.mdx, in page order:',
        'content/page.mdx:2:1: A "question:" line is empty: write the question as a reader would ask it, ending with "?"',
        'content/page.mdx:8:1: "the port is busy" is not a message Docker prints: copy it exactly from Docker\'s output, or add its pattern and source file to src/lib/search/docker-errors.ts',
      ].join('\n'),
    ));
});
