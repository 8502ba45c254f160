import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI } from '../../src/node/cli-data.ts';
import { AFTER_LAYERS, FAULT_CASES, FAULT_FILE } from './fault-cases.ts';
import { buildSite, createFixtureSite, type BuildResult, type FixtureSite } from './fixture-site.ts';

/** The base fixture's page, which each case changes. */
const BASE_SOURCE = readFileSync(join(import.meta.dirname, 'fixtures/base', FAULT_FILE), 'utf8');

const sites: FixtureSite[] = [];
const sitesByName = new Map<string, FixtureSite>();
const builds = new Map<string, Promise<BuildResult>>();

/** Builds the base fixture with one fault injected, once per case however many tests ask. */
function buildWith(name: string, inject: (source: string) => string): Promise<BuildResult> {
  let build = builds.get(name);
  if (!build) {
    const site = createFixtureSite();
    sites.push(site);
    sitesByName.set(name, site);
    site.write(FAULT_FILE, inject(site.read(FAULT_FILE)));
    build = buildSite(site.dir, { updateAnchors: true }).then(({ code, output }) => ({
      code,
      output: stripVTControlCharacters(output),
    }));
    builds.set(name, build);
  }
  return build;
}

/** Returns the 1-based line of the faulty page that holds `text`. */
function toLine(source: string, text: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`the faulty page has no line with ${JSON.stringify(text)}`);
  return index + 1;
}

/**
 * True when one line of the output names the faulty file at the line: `content/image.mdx:16:1`,
 * or MDX's `content/image.mdx … (16:1-16:19)`. A range alone, in any file, does not count.
 */
function pointsAt(output: string, line: number): boolean {
  const file = FAULT_FILE.replace(/[.]/g, '\\.');
  return (
    new RegExp(`${file}:${line}\\b`).test(output) ||
    new RegExp(`${file}[^\\n]*\\(${line}:\\d+-\\d+:\\d+\\)`).test(output)
  );
}

afterAll(() => {
  for (const site of sites) site.remove();
});

describe.concurrent('a fault in a page fails the build', () => {
  // The builds of the whole site (those that pass, and those failed by the checks that run once
  // every page is written) take longest, so they start first, beside the short failing ones.
  test('the base fixture builds cleanly, so the failures below come from the faults', async () => {
    const { code, output } = await buildWith('base', (source) => source);
    // Two pages, the home page, the reference index, one page per command of the CLI data, the
    // eleven playground pages (/playground/ and its ten lessons), /explain/ and /build-cache/.
    const pages = 4 + CLI.commands.length + 11 + 1 + 1;
    expect(output).toContain(`checked links and redirects of ${pages} pages`);
    expect(output).toContain(`checked the published anchors of ${pages} pages`);
    expect(code, output).toBe(0);
  });

  test('a published anchor that disappears fails the build, naming the anchor and the fix', async () => {
    const { code, output } = await buildWith('deleted-anchor', (source) =>
      source
        .replace('## Layers {/* #layers */}', '## Layers of an image {/* #image-layers */}')
        .replace('See [layers](#layers) again.', 'See [layers](#image-layers) again.'),
    );
    expect(code, output).not.toBe(0);
    expect(output).toContain('/image/#layers was published and is gone. Put {/* #layers */} back on the heading');
    expect(output).toContain('src/data/redirects.json');
  });

  test('rewording a heading keeps its pinned anchor, so the build passes', async () => {
    const { code, output } = await buildWith('reworded-heading', (source) =>
      source.replace('## Layers {/* #layers */}', '## How layers stack up {/* #layers */}'),
    );
    expect(code, output).toBe(0);
  });

  test('a new heading whose anchor is not in the manifest fails the build, naming npm run anchors', async () => {
    // The fixture's manifest starts empty: record the base's anchors first, as `npm run anchors`
    // does. The base build above is that recording (the same pages, UPDATE_ANCHORS=1), so its
    // manifest is taken rather than built a second time.
    const recorded = await buildWith('base', (source) => source);
    expect(recorded.code, recorded.output).toBe(0);
    const manifest = 'src/data/anchor-manifest.json';
    const site = createFixtureSite();
    sites.push(site);
    site.write(manifest, sitesByName.get('base')?.read(manifest) ?? '');
    // The recording holds the generated reference's anchors, which the fixture's own manifest lacks.
    expect(site.read(manifest)).toContain('/reference/cli/docker/container/run/#');
    site.write(
      FAULT_FILE,
      site.read(FAULT_FILE).replace(AFTER_LAYERS, `${AFTER_LAYERS}\n\n## Sharing layers {/* #sharing-layers */}`),
    );
    const { code, output } = await buildSite(site.dir, { updateAnchors: false });
    expect(code, output).not.toBe(0);
    expect(stripVTControlCharacters(output)).toContain(
      '1 new anchor(s) are not in src/data/anchor-manifest.json (/image/#sharing-layers): run `npm run anchors` and commit the manifest.',
    );
  });

  test('every fault of a page is reported by one build, each at its line and column, in page order', async () => {
    const inject = (source: string): string =>
      source.replace(
        '```sh\ndocker image ls\n',
        '```sh tilte="list.sh"\ndocker image ls --al\ndocker image pull nginx@sha256:<digest>\n',
      );
    const { code, output } = await buildWith('three-faults', inject);
    expect(code, output).not.toBe(0);
    const faulty = inject(BASE_SOURCE);
    const fence = toLine(faulty, '```sh tilte="list.sh"');
    expect(output).toContain(
      [
        `3 problems in ${FAULT_FILE}, in page order:`,
        `${FAULT_FILE}:${fence}:7: Unknown fence key "tilte". Did you mean title?`,
      ].join('\n'),
    );
    expect(output).toContain(
      `\n${FAULT_FILE}:${toLine(faulty, 'ls --al')}:17: \`docker image ls\` has no flag \`--al\`; did you mean \`--all\``,
    );
    expect(output).toContain(
      `\n${FAULT_FILE}:${toLine(faulty, '<digest>')}:32: \`<digest>\` breaks the command: a shell reads \`<\` as a redirection`,
    );
    expect(output.indexOf('`--al`')).toBeLessThan(output.indexOf('`<digest>` breaks'));
  });

  // The two tests of a case share its build. Vitest runs two tests at a time in the order they
  // are declared, so every case's first test comes before any second one: the two running tests
  // then wait on two different builds, and each second test finds its build done.
  for (const fault of FAULT_CASES) {
    test(`${fault.name}: the build exits non-zero and names ${FAULT_FILE}`, async () => {
      const { code, output } = await buildWith(fault.name, fault.inject);
      expect(code, output).not.toBe(0);
      expect(output).toContain(FAULT_FILE);
    });
  }

  for (const fault of FAULT_CASES) {
    test(`${fault.name}: the message gives the line and the fix`, async () => {
      const { output } = await buildWith(fault.name, fault.inject);
      const line = toLine(fault.inject(BASE_SOURCE), fault.at);
      expect(pointsAt(output, line), `no ${FAULT_FILE}:${line} in:\n${output}`).toBe(true);
      if (fault.column !== undefined) expect(output).toContain(`${FAULT_FILE}:${line}:${fault.column}`);
      expect(output).toMatch(fault.fix);
    });
  }
});
