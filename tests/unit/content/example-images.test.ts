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

  it('fails at the column of a problem further into inline code, and on a later line of a fence', async () => {
    expect(await failure('Pull `x {{image:nope}}` first.\n')).toMatch(/^content\/page\.mdx:1:9: /);
    expect(await failure('```sh\n$ docker pull \\\n  -q \\\n  nginx:1.27\n```\n')).toMatch(/^content\/page\.mdx:4:3: /);
  });

  it('reports every wrong tag and token of a page in one failure, in page order', async () => {
    const message = await failure(
      'Pull `{{image:nope}}` first.\n\n```sh\n$ docker run nginx:1.27\n$ docker run {{image:ngnix}}\n```\n',
    );
    expect(message.split('\n').map((line) => line.replace(/(:\d+:\d+: \S+ \S+ \S+).*/, '$1'))).toEqual([
      'content/page.mdx:1:7: 3 problems in',
      'content/page.mdx:1:7: {{image:nope}} names no',
      'content/page.mdx:4:14: nginx:1.27 is not',
      'content/page.mdx:5:14: {{image:ngnix}} names no',
    ]);
  });

  it('rejects option data that is not example images when created', () => {
    for (const images of ['nginx', {}])
      expect(() =>
        unified()
          .use(remarkExampleImages, { images: images as never })
          .freeze(),
      ).toThrow(`remarkExampleImages: option "images" must be example-image data, got ${typeof images}`);
  });

  it('leaves a legacy block as written', async () => {
    expect(await run('```sh legacy\n$ docker run nginx:1.27\n```\n')).toBe(
      '```sh legacy\n$ docker run nginx:1.27\n```\n',
    );
  });
});

describe('toExampleImages', () => {
  const valid = { source: 'docker-library/official-images@abc', checked: '2026-12-01', images: {} };
  const SHAPE = 'example images: expected an object with "source", "checked" and "images"';
  const IMAGES = 'example images: "images" must be an object keyed by image name';
  const NEEDS = 'example images: "nginx" needs "current" (a tag) and "tags" (a list of tags)';
  it.each([
    ['null', null, SHAPE],
    ['a list', [valid], SHAPE],
    ['no source', { ...valid, source: undefined }, SHAPE],
    ['no checked date', { ...valid, checked: 20261201 }, SHAPE],
    ['no images', { ...valid, images: undefined }, IMAGES],
    ['images as a list', { ...valid, images: [] }, IMAGES],
    ['an image that is a string', { ...valid, images: { nginx: '1.30' } }, NEEDS],
    ['an image that is a list', { ...valid, images: { nginx: ['1.30'] } }, NEEDS],
    ['no current tag', { ...valid, images: { nginx: { tags: ['1.30'] } } }, NEEDS],
    ['tags that are no list', { ...valid, images: { nginx: { current: '1.30', tags: '1.30' } } }, NEEDS],
    ['a tag that is no string', { ...valid, images: { nginx: { current: '1.30', tags: ['1.30', 1.31] } } }, NEEDS],
    [
      'a current tag not listed',
      { ...valid, images: { nginx: { current: '1.30', tags: ['1.31'] } } },
      'example images: "nginx" has current tag "1.30", which "tags" does not list',
    ],
  ])('refuses %s, naming the field', (_, value, message) => {
    expect(() => toExampleImages(value)).toThrow(new TypeError(message));
  });

  it('keeps the source, the date and each image, and nothing else', () => {
    const images = { nginx: { current: '1.30', tags: ['1.30'], note: 'x' } };
    expect(toExampleImages({ ...valid, extra: 1, images })).toEqual({
      source: 'docker-library/official-images@abc',
      checked: '2026-12-01',
      images: { nginx: { current: '1.30', tags: ['1.30'] } },
    });
  });
});

describe('readOfficialTags, line by line', () => {
  it.each([
    ['Tags:1.30,  stable ,,', ['1.30', 'stable']],
    ['Tags:   ', []],
    ['GitFetch: refs/heads/Tags: x\n# Tags: commented', []],
    ['SharedTags: a, b\nTagsX: c', ['a', 'b']],
  ])('%j gives %j', (library, tags) => {
    expect(readOfficialTags(library)).toEqual(tags);
  });
});
