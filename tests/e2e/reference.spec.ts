import { REDIRECTS } from '../../src/node/redirects.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { toCommandAnchor, toFlagId } from '../../src/lib/links/anchors.ts';
import { CLI } from '../../src/node/cli-data.ts';
import { REFERENCE_INDEX, toAliasPages } from '../../src/lib/links/reference-urls.ts';
import { RETIRED_REFERENCE_ANCHORS, toReferenceHref } from '../../src/node/reference-links.ts';
import { readManifest } from '../../src/integrations/anchor-manifest.ts';
import { referencePages, watchPage } from './site.ts';

const DIST = join(import.meta.dirname, '../../dist');
const PUBLISHED = readManifest(join(import.meta.dirname, '../../src/data/anchor-manifest.json'));

/** The built HTML of a page, read from dist/. */
function builtHtml(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
}

test('every command has its page, at its address, and nothing else lives under /reference/cli/', () => {
  const expected = CLI.commands.map((command) => toReferenceHref(command.path)).sort();
  expect(expected.length).toBeGreaterThan(100);
  expect(referencePages()).toEqual(expected);
});

test('the index lists and links every command and every other name the CLI accepts', async ({ page }) => {
  const check = watchPage(page);
  await page.goto(REFERENCE_INDEX);
  const links = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((nodes) =>
      nodes.map((node) => `${node.textContent?.trim() ?? ''} → ${node.getAttribute('href') ?? ''}`),
    );
  const expected = [
    ...CLI.commands.map((command) => `${command.path} → ${toReferenceHref(command.path)}`),
    ...toAliasPages(CLI.commands).map((alias) => `${alias.alias} → ${toReferenceHref(alias.command.path)}`),
  ];
  expect(expected.filter((link) => !links.includes(link))).toEqual([]);
  await check();
});

test('every command, flag and section heading of every command page links to itself in the HTML', () => {
  const problems: string[] = [];
  let headings = 0;
  for (const command of CLI.commands) {
    const path = toReferenceHref(command.path);
    const tree = fromHtml(builtHtml(path));
    const flagIds: string[] = [];
    visit(tree, 'element', (node) => {
      if (!hasClass(node, 'dk-heading')) return;
      const heading = node.children.find(
        (child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName),
      );
      const link = node.children.find(
        (child): child is Element => child.type === 'element' && hasClass(child, 'dk-heading__link'),
      );
      if (!heading) return;
      headings += 1;
      const id = heading.properties['id'];
      const target = heading.tagName === 'h1' ? path : `#${String(id)}`;
      if (heading.tagName !== 'h1' && typeof id !== 'string') problems.push(`${path}: ${toString(heading)} has no id`);
      if (link?.properties['href'] !== target)
        problems.push(`${path}: ${toString(heading)} does not link to ${target}`);
      if (heading.tagName === 'h3' && typeof id === 'string') flagIds.push(id);
    });
    const expected = command.flags.map((flag) => toFlagId(flag.name));
    if (flagIds.join(' ') !== expected.join(' ')) problems.push(`${path}: flag anchors ${flagIds.join(' ')}`);
  }
  expect(headings).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

test('every published anchor of the reference index, the single page it was, leads to its entry', () => {
  const index = fromHtml(builtHtml(REFERENCE_INDEX));
  const entries = new Map<string, string>();
  const ids = new Set<string>();
  visit(index, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id !== 'string') return;
    ids.add(id);
    const entry = node.properties['dataEntry'];
    if (typeof entry === 'string') entries.set(id, entry);
  });
  // Anchors of commands that left the data (docker image build) are declared in redirects.json.
  const retired: Record<string, string> = { ...REDIRECTS.anchors, ...RETIRED_REFERENCE_ANCHORS };
  // The index also gives each alias an anchor (`#docker-run`) that leads to its command.
  for (const alias of toAliasPages(CLI.commands)) {
    retired[`${REFERENCE_INDEX}#${toCommandAnchor(alias.alias)}`] = toReferenceHref(alias.command.path);
  }
  const old = PUBLISHED.filter((anchor) => anchor.startsWith(`${REFERENCE_INDEX}#`));
  expect(old.length).toBeGreaterThan(1000);
  const problems: string[] = [];
  for (const anchor of old) {
    const id = anchor.slice(anchor.indexOf('#') + 1);
    // What src/client/reference-redirects.ts does: the command's item names its page; a flag follows `--`.
    const [command = '', flag] = id.split('--');
    const entry = entries.get(command);
    if (!entry) {
      // Section anchors (#containers) stay on the index.
      if (!ids.has(id) || id.includes('--')) problems.push(`${anchor}: no entry on the index`);
      continue;
    }
    const target = flag ? `${entry}#${flag}` : entry;
    // A flag buildx no longer lists is declared as its command's page: landing on the page is right.
    const pageOnly =
      retired[anchor] !== undefined && !retired[anchor].includes('#') && target.split('#')[0] === retired[anchor];
    if (retired[anchor] !== target && !pageOnly)
      problems.push(`${anchor}: forwards to ${target}, declared ${retired[anchor]}`);
    const [page = '', hash] = target.split('#');
    if (hash && !pageOnly && !builtHtml(page).includes(` id="${hash}"`))
      problems.push(`${anchor}: no #${hash} on ${page}`);
  }
  expect(problems).toEqual([]);
});

test('a retired flag anchor forwards to the flag on its command page', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/reference/#docker-container-run--network-alias');
  await expect(page).toHaveURL(/\/reference\/cli\/docker\/container\/run\/#network-alias$/);
  await expect(page.getByRole('heading', { level: 3, name: '--network-alias' })).toBeInViewport();
  await page.goto('/reference/#docker-volume-inspect');
  await expect(page).toHaveURL(/\/reference\/cli\/docker\/volume\/inspect\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'docker volume inspect' })).toBeVisible();
  await check();
});

test('every alias has an address that forwards to its command', async ({ request }) => {
  const aliases = toAliasPages(CLI.commands);
  for (const name of ['docker run', 'docker ps', 'docker exec', 'docker rmi', 'docker images']) {
    expect(aliases.map((alias) => alias.alias)).toContain(name);
  }
  const problems: string[] = [];
  for (const alias of aliases) {
    const response = await request.get(alias.path);
    const html = await response.text();
    const to = toReferenceHref(alias.command.path);
    if (!response.ok() || !html.includes(`<meta http-equiv="refresh" content="0; url=${to}">`)) {
      problems.push(`${alias.path} does not forward to ${to}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every command page and no alias address', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const listed = (path: string) => sitemap.includes(`<loc>https://docker-concepts.example${path}</loc>`);
  expect(CLI.commands.filter((command) => !listed(toReferenceHref(command.path))).map(({ path }) => path)).toEqual([]);
  expect(
    toAliasPages(CLI.commands)
      .filter((alias) => listed(alias.path))
      .map(({ alias }) => alias),
  ).toEqual([]);
});

test('an alias address keeps the flag anchor it was given', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/reference/cli/docker/ps/#all');
  await expect(page).toHaveURL(/\/reference\/cli\/docker\/container\/ls\/#all$/);
  await expect(page.getByRole('heading', { level: 3, name: '--all' })).toBeInViewport();
  await page.goto('/reference/#docker-rmi');
  await expect(page).toHaveURL(/\/reference\/cli\/docker\/image\/rm\/$/);
  await check();
});

test('a command page links up to its group and on to the next command', async ({ page }) => {
  await page.goto('/reference/cli/docker/volume/inspect/');
  const trail = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await trail.getByRole('link', { name: 'docker volume', exact: true }).click();
  await expect(page).toHaveURL(/\/reference\/cli\/docker\/volume\/$/);
  const subcommands = page.getByRole('main').getByRole('link', { name: 'docker volume inspect', exact: true });
  await expect(subcommands).toHaveAttribute('href', toReferenceHref('docker volume inspect'));
  const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
  await expect(pager.getByRole('link', { name: /Next/ })).toHaveAttribute(
    'href',
    toReferenceHref('docker volume create'),
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an alias address still forwards to its command page', async ({ page }) => {
    await page.goto('/reference/cli/docker/run/');
    await expect(page).toHaveURL(/\/reference\/cli\/docker\/container\/run\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'docker container run' })).toBeVisible();
  });

  test('a retired command anchor lands on its item in the index, which links to its page', async ({ page }) => {
    await page.goto(`/reference/#${toCommandAnchor('docker container run')}`);
    const item = page.locator(`[id="${toCommandAnchor('docker container run')}"]`);
    await expect(item).toBeInViewport();
    await item.getByRole('link', { name: 'docker container run', exact: true }).click();
    await expect(page).toHaveURL(/\/reference\/cli\/docker\/container\/run\/$/);
  });

  test('a flag heading links to itself', async ({ page }) => {
    await page.goto('/reference/cli/docker/container/run/');
    await page.getByRole('link', { name: 'Link to section: --network-alias' }).click();
    await expect(page).toHaveURL(/\/reference\/cli\/docker\/container\/run\/#network-alias$/);
    await expect(page.getByRole('heading', { level: 3, name: '--network-alias' })).toBeInViewport();
  });
});
