import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { FAULT_CASES, FAULT_FILE, type FaultCase } from './fault-cases.ts';
import { buildSite, createFixtureSite, type BuildResult, type FixtureSite } from './fixture-site.ts';

/**
 * Faults whose message does not yet give the file, the line and the fix (the build does fail on
 * each). Their "says where" test is expected to fail: when a message is improved, that test starts
 * passing, vitest reports it, and the case comes off this list.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([]);

/** The base fixture's page, which each case changes. */
const BASE_SOURCE = readFileSync(join(import.meta.dirname, 'fixtures/base', FAULT_FILE), 'utf8');

const sites: FixtureSite[] = [];
const builds = new Map<string, Promise<BuildResult>>();

/** Builds the base fixture with one fault injected, once per case however many tests ask. */
function buildWith(name: string, inject: (source: string) => string): Promise<BuildResult> {
  let build = builds.get(name);
  if (!build) {
    const site = createFixtureSite();
    sites.push(site);
    site.write(FAULT_FILE, inject(site.read(FAULT_FILE)));
    build = buildSite(site.dir).then(({ code, output }) => ({ code, output: stripVTControlCharacters(output) }));
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

/** True when the output points at the line: `content/image.mdx:16:1`, or `(16:1-16:19)` from MDX. */
function pointsAt(output: string, line: number): boolean {
  const file = FAULT_FILE.replace(/[.]/g, '\\.');
  return new RegExp(`${file}:${line}\\b`).test(output) || new RegExp(`\\(${line}:\\d+-\\d+:\\d+\\)`).test(output);
}

afterAll(() => {
  for (const site of sites) site.remove();
});

describe.concurrent('a fault in a page fails the build', () => {
  test('the base fixture builds cleanly, so the failures below come from the faults', async () => {
    const { code, output } = await buildWith('base', (source) => source);
    // The two fixture pages, /reference/, /search/ and /explain/.
    expect(output).toContain('checked links and anchors of 5 pages');
    expect(code, output).toBe(0);
  });

  for (const fault of FAULT_CASES as readonly FaultCase[]) {
    test(`${fault.name}: the build exits non-zero and names ${FAULT_FILE}`, async () => {
      const { code, output } = await buildWith(fault.name, fault.inject);
      expect(code, output).not.toBe(0);
      expect(output).toContain(FAULT_FILE);
    });

    const gap = KNOWN_GAPS.get(fault.name);
    (gap ? test.fails : test)(
      `${fault.name}: the message gives the line and the fix${gap ? ` (known gap: ${gap})` : ''}`,
      async () => {
        const { output } = await buildWith(fault.name, fault.inject);
        const line = toLine(fault.inject(BASE_SOURCE), fault.at);
        expect(pointsAt(output, line), `no ${FAULT_FILE}:${line} in:\n${output}`).toBe(true);
        expect(output).toMatch(fault.fix);
      },
    );
  }

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
});
