import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import {
  expandImageTokens,
  findUnsupportedTags,
  readOfficialTags,
  toExampleImages,
} from '../../../src/lib/content/example-images.ts';
import { remarkExampleImages } from '../../../src/plugins/remark-example-images.ts';
import committed from '../../../src/data/example-images.json' with { type: 'json' };

const DATA = toExampleImages({
  source: 'test',
  checked: '2026-12-01',
  images: {
    nginx: { current: '1.30', tags: ['1.30', '1.31', 'latest', '1.30-alpine'] },
    redis: { current: '8', tags: ['8'] },
  },
});

async function run(markdown: string): Promise<string> {
  const file = new VFile({ path: 'content/page.mdx', value: markdown });
  return String(
    await unified().use(remarkParse).use(remarkExampleImages, { images: DATA }).use(remarkStringify).process(file),
  );
}

async function failure(markdown: string): Promise<string> {
  try {
    await run(markdown);
  } catch (error) {
    const { file, line, column, reason } = error as { file: string; line: number; column: number; reason: string };
    return `${file}:${line}:${column}: ${reason}`;
  }
  return 'no error';
}

describe('example images', () => {
  it('reads every tag of an official-images file, shared tags included, once each', () => {
    const library =
      'Tags: 1.30.4, stable, 1.30\nArchitectures: amd64\n\nTags: 1.30.4-alpine\nSharedTags: 1.30, stable\n';
    expect(readOfficialTags(library)).toEqual(['1.30.4', 'stable', '1.30', '1.30.4-alpine']);
  });

  it('expands a token to the current tag and keeps what follows it', () => {
    expect(expandImageTokens('docker run {{image:nginx}}-alpine && docker run {{image:redis}}', DATA)).toEqual({
      text: 'docker run nginx:1.30-alpine && docker run redis:8',
      problems: [],
    });
  });

  it('reports a token naming no declared image, listing the declared ones', () => {
    const [problem] = expandImageTokens('FROM {{image:ngnix}}', DATA).problems;
    expect(problem).toEqual({
      offset: 5,
      ruleId: 'unknown-example-image',
      message:
        '{{image:ngnix}} names no example image; declare "ngnix" in src/data/example-images.json or use one of: nginx, redis',
    });
  });

  it('flags a tag the image no longer publishes, and only that reference', () => {
    const problems = findUnsupportedTags('docker pull nginx:1.27 nginx:1.31 nginx:latest other:1.0 -p 80:80', DATA);
    expect(problems.map((problem) => [problem.offset, problem.message.split(' ')[0]])).toEqual([[12, 'nginx:1.27']]);
    expect(problems[0]?.message).toContain('write {{image:nginx}} for nginx:1.30, or a listed tag');
  });

  it('leaves references with a registry, a namespace or a digest alone', () => {
    expect(findUnsupportedTags('localhost:5000/nginx:1.2 myorg/nginx:0.1 nginx@sha256:abc', DATA)).toEqual([]);
  });

  it('refuses data whose current tag is not published', () => {
    expect(() =>
      toExampleImages({ source: 's', checked: 'c', images: { nginx: { current: '1.27', tags: ['1.30'] } } }),
    ).toThrow('example images: "nginx" has current tag "1.27", which "tags" does not list');
  });

  it('accepts the committed data, whose every current tag is published', () => {
    expect(Object.keys(toExampleImages(committed).images).length).toBeGreaterThan(5);
  });

  it('expands tokens in fences and inline code', async () => {
    expect(await run('Run `{{image:nginx}}`:\n\n```sh\n$ docker run {{image:nginx}}\n```\n')).toBe(
      'Run `nginx:1.30`:\n\n```sh\n$ docker run nginx:1.30\n```\n',
    );
  });

  it('fails at the line and column of an unsupported tag in a fence', async () => {
    expect(await failure('# Page\n\n```sh\n$ docker run -d \\\n    nginx:1.27\n```\n')).toMatch(
      /^content\/page\.mdx:5:5: nginx:1\.27 is not a tag the official nginx image publishes/,
    );
  });

  it('fails at the column of an unknown token in inline code', async () => {
    expect(await failure('Pull `{{image:nope}}` first.\n')).toMatch(
      /^content\/page\.mdx:1:7: \{\{image:nope\}\} names no example image/,
    );
  });

  it('leaves a legacy block as written', async () => {
    expect(await run('```sh legacy\n$ docker run nginx:1.27\n```\n')).toBe(
      '```sh legacy\n$ docker run nginx:1.27\n```\n',
    );
  });
});
