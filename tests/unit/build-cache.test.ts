import { describe, expect, it } from 'vitest';
import recorded from '../../src/data/traces/build-cache.json' with { type: 'json' };
import { simulateBuild, toCacheKeys, type BuildResult, type ContextFile } from '../../src/lib/build-cache/build.ts';
import { isIgnored, readIgnoreRules } from '../../src/lib/build-cache/ignore.ts';
import { toBuildSummary, toLayerLabel } from '../../src/lib/build-cache/describe.ts';
import { SCENARIOS, toScenarioBuilds } from '../../src/lib/build-cache/scenarios.ts';
import { withImages } from '../../src/lib/build-cache/presets.ts';
import { withEditImages } from '../../src/lib/build-cache/page.ts';

/** Builds a Dockerfile several times, each after its own edit, sharing one cache. */
function buildSeries(
  builds: { dockerfile: string; files: ContextFile[]; buildArgs?: Record<string, string> }[],
): BuildResult[] {
  const cache = new Set<string>();
  const results: BuildResult[] = [];
  for (const build of builds) {
    const result = simulateBuild(build, cache, results.at(-1));
    for (const key of toCacheKeys(result)) cache.add(key);
    results.push(result);
  }
  return results;
}

const statuses = (result: BuildResult): string[] =>
  result.steps.filter((step) => step.keyword !== 'FROM').map((step) => `${step.status} ${step.instruction}`);

describe('replaying builds recorded on a real Engine', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: the same steps come from the cache as in the recording`, () => {
      const trace = recorded.scenarios.find((item) => item.name === scenario.name);
      expect(trace, `re-record: npm run trace:record-builds`).toBeDefined();
      const results = buildSeries(toScenarioBuilds(scenario));
      results.forEach((result, index) => {
        const real = trace!.builds[index]!.steps.map(
          (step) => `${step.cached ? 'CACHED' : 'RUN'} ${step.instruction.replace(/\s+/g, ' ')}`,
        );
        expect(
          statuses(result).map((line) => line.replace(/\s+/g, ' ')),
          `build ${index + 1}`,
        ).toEqual(real);
      });
    });
  }
});

describe('why a step ran again', () => {
  const base =
    'FROM node:24-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n';
  const files = [
    { path: 'package.json', content: '{}' },
    { path: 'server.js', content: 'a' },
  ];

  it('names the file whose content changed, and says the steps after it follow', () => {
    const [, second] = buildSeries([
      { dockerfile: base, files },
      { dockerfile: base, files: [files[0]!, { path: 'server.js', content: 'b' }] },
    ]);
    expect(second!.steps.map((step) => [step.status, step.reason])).toEqual([
      ['BASE', 'the base image node:24-slim: pulled once, then used from the local store'],
      ['CACHED', 'same instruction on the same parent'],
      ['CACHED', 'same instruction, same parent, and the copied files have the same content'],
      ['CACHED', 'same command string on the same parent: the builder does not look at what the command would do'],
      ['RUN', 'server.js changed'],
      ['RUN', 'an earlier step rebuilt'],
    ]);
  });

  it('says the instruction changed when its text did', () => {
    const [, second] = buildSeries([
      { dockerfile: base, files },
      { dockerfile: base.replace('npm ci', 'npm ci --omit=dev'), files },
    ]);
    expect(second!.steps.find((step) => step.keyword === 'RUN')?.reason).toBe('the instruction changed');
  });

  it('says which build argument changed, and only where it is used', () => {
    const dockerfile = 'FROM alpine:3.24\nARG VERSION=1\nLABEL note=static\nRUN echo "$VERSION"\n';
    const [, second] = buildSeries([
      { dockerfile, files: [], buildArgs: { VERSION: '1' } },
      { dockerfile, files: [], buildArgs: { VERSION: '2' } },
    ]);
    expect(statuses(second!)).toEqual(['CACHED ARG VERSION=1', 'CACHED LABEL note=static', 'RUN RUN echo "$VERSION"']);
    expect(second!.steps.at(-1)?.reason).toBe('the build argument VERSION changed');
  });

  it('keeps a cache mount out of the key: the same RUN with the mount is cached', () => {
    const dockerfile = 'FROM node:24-slim\nRUN --mount=type=cache,target=/root/.npm npm ci\n';
    const [, second] = buildSeries([
      { dockerfile, files: [] },
      { dockerfile, files: [] },
    ]);
    expect(statuses(second!)).toEqual(['CACHED RUN --mount=type=cache,target=/root/.npm npm ci']);
  });

  it('leaves out ignored files, so editing them changes nothing', () => {
    const ignored = [
      ...files,
      { path: '.dockerignore', content: 'node_modules\n' },
      { path: 'node_modules/x/index.js', content: '1' },
    ];
    const edited = ignored.map((file) => (file.path === 'node_modules/x/index.js' ? { ...file, content: '2' } : file));
    const [, second] = buildSeries([
      { dockerfile: base, files: ignored },
      { dockerfile: base, files: edited },
    ]);
    expect(second!.steps.every((step) => step.status === 'CACHED' || step.status === 'BASE')).toBe(true);
  });

  it('skips a stage the target does not need, and rebuilds a COPY --from when its stage rebuilt', () => {
    const dockerfile =
      'FROM golang:1.27 AS build\nCOPY main.go .\nRUN go build -o /hello main.go\nFROM alpine:3.24 AS docs\nRUN echo docs\nFROM alpine:3.24\nCOPY --from=build /hello /hello\n';
    const [first, second] = buildSeries([
      { dockerfile, files: [{ path: 'main.go', content: 'a' }] },
      { dockerfile, files: [{ path: 'main.go', content: 'b' }] },
    ]);
    expect(first!.steps.filter((step) => step.status === 'SKIPPED').map((step) => step.instruction)).toEqual([
      'FROM alpine:3.24 AS docs',
      'RUN echo docs',
    ]);
    expect(second!.steps.at(-1)).toMatchObject({ status: 'RUN', reason: 'the stage it copies from rebuilt' });
    // The final image holds its own base and the copied program, not the Go toolchain.
    expect(second!.image.map((step) => step.instruction)).toEqual([
      'FROM alpine:3.24',
      'COPY --from=build /hello /hello',
    ]);
    // A COPY --from copies files; no command ran in this stage to write them.
    expect(toLayerLabel(second!.image[1]!)).toBe('filesystem layer: the files it copies');
    expect(toLayerLabel({ layer: 'filesystem', keyword: 'ADD' })).toBe('filesystem layer: the files it copies');
    expect(toLayerLabel(first!.steps.find((step) => step.keyword === 'RUN')!)).toBe(
      'filesystem layer: whatever the command wrote',
    );
  });

  it('sums up each build: what the cache answered, a first build, a build the Dockerfile stopped', () => {
    const dockerfile = 'FROM alpine:3.24\nCOPY a .\nRUN cat a\n';
    const [first, second, third] = buildSeries([
      { dockerfile, files: [{ path: 'a', content: '1' }] },
      { dockerfile, files: [{ path: 'a', content: '2' }] },
      { dockerfile, files: [{ path: 'a', content: '2' }] },
    ]);
    expect(toBuildSummary(first!, true)).toBe('Nothing was cached yet.');
    expect(toBuildSummary(second!, false)).toBe('0 of 2 steps came from the cache.');
    expect(toBuildSummary(third!, false)).toBe('2 of 2 steps came from the cache.');
    const stopped = simulateBuild({ dockerfile: 'FORM alpine\n', files: [] }, new Set());
    expect(toBuildSummary(stopped, false)).toBe(
      'The build stopped before its first step: fix the Dockerfile and build again.',
    );
  });

  it('marks instructions that change only the config as 0 B, and WORKDIR other than / as a layer', () => {
    const [result] = buildSeries([
      {
        dockerfile: 'FROM alpine:3.24\nWORKDIR /\nWORKDIR /app\nENV A=1\nCMD ["sh"]\nCOPY a .\n',
        files: [{ path: 'a', content: 'hello' }],
      },
    ]);
    expect(result!.image.map((step) => toLayerLabel(step))).toEqual([
      'the base image’s layers',
      '0 B: config only, no filesystem layer',
      'filesystem layer: the directory',
      '0 B: config only, no filesystem layer',
      '0 B: config only, no filesystem layer',
      'filesystem layer, 5 B of files',
    ]);
  });

  it('reports a Dockerfile that does not start with FROM, at its line, and refuses an oversized one', () => {
    expect(simulateBuild({ dockerfile: 'RUN echo hi\n', files: [] }, new Set())).toEqual({
      steps: [],
      image: [],
      problems: [{ line: 1, message: 'A Dockerfile starts with FROM (only ARG may come before it), not `RUN`' }],
    });
    expect(
      simulateBuild({ dockerfile: `FROM alpine:3.24\n${'#'.repeat(1_000_001)}`, files: [] }, new Set()).problems[0]
        ?.message,
    ).toBe('The Dockerfile is over 1 MB; the playground builds smaller ones');
    const many = Array.from({ length: 501 }, (_, index) => ({ path: `f${index}`, content: '' }));
    expect(simulateBuild({ dockerfile: 'FROM alpine:3.24\n', files: many }, new Set())).toEqual({
      steps: [],
      image: [],
      problems: [{ line: 1, message: 'The build context has 501 files; the playground takes up to 500' }],
    });
  });
});

describe('what each step is keyed on', () => {
  /** Each file's content is as many bytes as its digit, so a COPY's bytes say which files it took. */
  const context = [
    { path: 'a.txt', content: '1' },
    { path: 'b.txt', content: '22' },
    { path: 'src/x.js', content: '333' },
    { path: 'src/sub/y.js', content: '4444' },
    { path: 'README.md', content: '55555' },
    { path: 'docs/guide.md', content: '666666' },
    { path: 'a.cfg', content: '7777777' },
    { path: 'ab.cfg', content: '88888888' },
  ];

  it('copies what each COPY names: a file, a directory, globs, the JSON form, several sources, everything', () => {
    const dockerfile =
      'FROM alpine:3.24\nCOPY ["a.txt", "./"]\nCOPY ./b.txt ./src/ /x/\nCOPY *.md ?.cfg /docs/\nCOPY * /all/\nADD a.txt /a\n';
    const [result] = buildSeries([{ dockerfile, files: context }]);
    const all = context.reduce((sum, file) => sum + file.content.length, 0) + dockerfile.length;
    expect(
      result!.steps.filter((step) => step.keyword !== 'FROM').map((step) => [step.instruction, step.bytes]),
    ).toEqual([
      ['COPY ["a.txt", "./"]', 1],
      ['COPY ./b.txt ./src/ /x/', 2 + 3 + 4],
      ['COPY *.md ?.cfg /docs/', 5 + 7],
      ['COPY * /all/', all],
      ['ADD a.txt /a', 1],
    ]);
  });

  it('copies the Dockerfile with COPY . ., so editing it reruns that step, unless .dockerignore leaves it out', () => {
    const before = 'FROM alpine:3.24\nCOPY . .\nCMD ["sh"]\n';
    const after = 'FROM alpine:3.24\nCOPY . .\nCMD ["sh", "-l"]\n';
    const [, edited] = buildSeries([
      { dockerfile: before, files: [] },
      { dockerfile: after, files: [] },
    ]);
    expect(edited!.steps[1]).toMatchObject({ status: 'RUN', reason: 'Dockerfile changed', bytes: after.length });
    const ignored = [{ path: '.dockerignore', content: 'Dockerfile\n' }];
    const [, same] = buildSeries([
      { dockerfile: before, files: ignored },
      { dockerfile: after, files: ignored },
    ]);
    expect(same!.steps[1]).toMatchObject({ status: 'CACHED', bytes: ignored[0]!.content.length });
    // A Dockerfile given as a context file is the one COPY . . takes, once.
    const [given] = buildSeries([{ dockerfile: before, files: [{ path: 'Dockerfile', content: 'x' }] }]);
    expect(given!.steps[1]?.bytes).toBe(1);
  });

  it('names at most three changed files, then how many more, and a file that is gone', () => {
    const dockerfile = 'FROM alpine:3.24\nCOPY . .\n';
    const five = ['a', 'b', 'c', 'd', 'e'].map((path) => ({ path, content: '1' }));
    const [, second, third] = buildSeries([
      { dockerfile, files: five },
      { dockerfile, files: five.map((file) => ({ ...file, content: '2' })) },
      { dockerfile, files: five.slice(0, 4).map((file) => ({ ...file, content: '2' })) },
    ]);
    expect(second!.steps[1]?.reason).toBe('a, b, c and 2 more changed');
    expect(third!.steps[1]?.reason).toBe('e changed');
  });

  it('keys every step on the base image: a new tag rebuilds them all', () => {
    const [, second] = buildSeries([
      { dockerfile: 'FROM alpine:3.24\nRUN echo hi\n', files: [] },
      { dockerfile: 'FROM alpine:3.23\nRUN echo hi\n', files: [] },
    ]);
    expect(second!.steps.map((step) => [step.status, step.reason])).toEqual([
      ['BASE', 'the base image alpine:3.23: pulled once, then used from the local store'],
      ['RUN', 'an earlier step rebuilt'],
    ]);
  });

  it('reads the base image from an ARG before FROM, in both spellings, with its default or the build argument', () => {
    const dockerfile = 'ARG BASE=alpine:3.24\nFROM ${BASE}\nFROM $BASE AS second\nARG BASE\nRUN echo "$BASE"\n';
    const [first, second] = buildSeries([
      { dockerfile, files: [] },
      { dockerfile, files: [], buildArgs: { BASE: 'alpine:3.23' } },
    ]);
    const bases = (result: BuildResult | undefined): string[] =>
      (result?.steps ?? []).filter((step) => step.keyword === 'FROM').map((step) => step.reason);
    expect(bases(first)).toEqual([
      'the target does not need this stage, so BuildKit does not build it',
      'the base image alpine:3.24: pulled once, then used from the local store',
    ]);
    expect(bases(second)[1]).toBe('the base image alpine:3.23: pulled once, then used from the local store');
    // The stage's own `ARG BASE` takes the global value, which the RUN sees as its environment.
    expect(second!.steps.at(-1)?.status).toBe('RUN');
  });

  it('reruns a RUN when any build argument in scope changed, even one it does not name; ENV only when it names it', () => {
    const dockerfile = 'FROM alpine:3.24\nARG A=1\nARG B=1\nENV V=$A\nRUN echo hi\n';
    const [, second, third] = buildSeries([
      { dockerfile, files: [] },
      { dockerfile, files: [], buildArgs: { A: '2' } },
      { dockerfile, files: [], buildArgs: { A: '2', B: '2' } },
    ]);
    expect(statuses(second!)).toEqual(['CACHED ARG A=1', 'CACHED ARG B=1', 'RUN ENV V=$A', 'RUN RUN echo hi']);
    expect(second!.steps[3]?.reason).toBe('the build argument A changed');
    expect(statuses(third!)).toEqual(['CACHED ARG A=1', 'CACHED ARG B=1', 'CACHED ENV V=$A', 'RUN RUN echo hi']);
    expect(third!.steps.at(-1)?.reason).toBe('the build argument B changed');
  });

  it('builds the --target stage and what it needs, from a stage it starts from, and skips the rest', () => {
    const dockerfile =
      'FROM golang:1.27 as build\nRUN go build\nFROM build AS test\nRUN go test\nFROM alpine:3.24\nCOPY --from=build /out /out\n';
    const result = simulateBuild({ dockerfile, files: [], target: 'test' }, new Set());
    expect(result.steps.map((step) => `${step.stage} ${step.status}`)).toEqual([
      'build BASE',
      'build RUN',
      'test BASE',
      'test RUN',
      '2 SKIPPED',
      '2 SKIPPED',
    ]);
    expect(result.steps[2]?.reason).toBe('starts from the result of stage build');
    expect(result.steps[4]).toMatchObject({
      reason: 'the target does not need this stage, so BuildKit does not build it',
      layer: 'none',
    });
    // Skipped steps have no key to cache.
    expect(toCacheKeys(result)).toHaveLength(4);
    expect(simulateBuild({ dockerfile, files: [], target: 'nope' }, new Set())).toEqual({
      steps: [],
      image: [],
      problems: [{ line: 1, message: 'No stage named "nope"; the stages are build, test, 2' }],
    });
  });

  it("stacks a stage built on another stage on that stage's layers, from the first base image", () => {
    const dockerfile = 'FROM golang:1.27 AS build\nRUN go build\nFROM build AS test\nRUN go test\n';
    const result = simulateBuild({ dockerfile, files: [] }, new Set());
    expect(result.image.map((step) => `${step.instruction}: ${toLayerLabel(step)}`)).toEqual([
      'FROM golang:1.27 AS build: the base image’s layers',
      'RUN go build: filesystem layer: whatever the command wrote',
      'RUN go test: filesystem layer: whatever the command wrote',
    ]);
  });

  it('copies from an image with COPY --from, cached while the instruction stays the same', () => {
    const dockerfile = 'FROM alpine:3.24\nCOPY --from=nginx:1.30 /etc/nginx/nginx.conf /nginx.conf\n';
    const [first, second] = buildSeries([
      { dockerfile, files: [] },
      { dockerfile, files: [] },
    ]);
    expect(first!.steps[1]?.status).toBe('RUN');
    expect(second!.steps[1]).toMatchObject({
      status: 'CACHED',
      reason: 'same instruction, and the stage it copies from did not change',
    });
  });

  it('shows an instruction continued over lines as one line', () => {
    const dockerfile = 'FROM alpine:3.24\nRUN apk add \\\n    curl \\\n  git\nCMD ["sh"]\n';
    const [result] = buildSeries([{ dockerfile, files: [] }]);
    expect(result!.steps.map((step) => step.instruction)).toEqual([
      'FROM alpine:3.24',
      'RUN apk add curl git',
      'CMD ["sh"]',
    ]);
  });

  it('reads a stage name and COPY sources separated by several spaces', () => {
    const dockerfile = 'FROM alpine:3.24  AS  base\nCOPY a.txt  b.txt  /x/\nFROM base\n';
    const [result] = buildSeries([{ dockerfile, files: context }]);
    expect(result!.steps.map((step) => [step.stage, step.bytes])).toEqual([
      ['base', undefined],
      ['base', 1 + 2],
      ['1', undefined],
    ]);
  });

  it('builds a context of exactly the largest size it takes', () => {
    const files = Array.from({ length: 500 }, (_, index) => ({ path: `f${index}`, content: '' }));
    expect(simulateBuild({ dockerfile: 'FROM alpine:3.24\n', files }, new Set()).problems).toEqual([]);
  });
});

describe('.dockerignore', () => {
  it.each([
    ['node_modules', 'node_modules/a/b.js', true],
    ['node_modules', 'src/node_modules.txt', false],
    ['*.md', 'README.md', true],
    ['*.md', 'docs/guide.md', false],
    ['**/*.md', 'docs/guide.md', true],
    ['*.md\n!README.md', 'README.md', false],
    ['# a comment\n\n.git', '.git/HEAD', true],
    ['/build/', 'build/out.o', true],
    ['//out//', 'out/x', true],
    ['./build', 'build/x', true],
    ['build', 'rebuild', false],
    ['a?c', 'abc', true],
    ['a?c', 'a/c', false],
    ['[ab].txt', 'a.txt', true],
    ['[ab].txt', 'c.txt', false],
    ['[!a].txt', 'b.txt', true],
    ['[!a].txt', 'a.txt', false],
    ['[a!].txt', '!.txt', true],
    ['# notes', '# notes', false],
    ['a[b', 'a[b', true],
    ['*.md', 'READMExmd', false],
    ['a+b(1)', 'a+b(1)', true],
    ['*', 'a/b', true],
    ['docs/**', 'docs/a/b.md', true],
    ['docs/**', 'docsx', false],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/xb', false],
    ['*.txt\n  ! keep.txt  ', 'keep.txt', false],
    ['*.txt\n!keep.txt\nkeep.*', 'keep.txt', true],
  ])('%j ignores %s: %s', (rules, path, expected) => {
    expect(isIgnored(path, readIgnoreRules(rules))).toBe(expected);
  });
});

describe('example images in the lessons', () => {
  const images = { node: '24', golang: '1.25' };

  it('fills each declared {{name}} with name:tag and leaves unknown tokens for the build to report', () => {
    expect(withImages('FROM {{node}}-slim\nFROM {{golang}} AS b\nFROM {{nginx}}\nRUN echo {{Node}}', images)).toBe(
      'FROM node:24-slim\nFROM golang:1.25 AS b\nFROM {{nginx}}\nRUN echo {{Node}}',
    );
  });

  it('fills an edit only when it replaces the Dockerfile', () => {
    expect(withEditImages({ dockerfile: 'FROM {{node}}', say: 'Change it.' }, images)).toEqual({
      dockerfile: 'FROM node:24',
      say: 'Change it.',
    });
    const fileEdit = { path: 'a.js', content: '{{node}}', say: 'Edit a.js.' };
    expect(withEditImages(fileEdit, images)).toBe(fileEdit);
  });
});
