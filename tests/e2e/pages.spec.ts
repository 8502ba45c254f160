import { expect, test, type Page, type Request } from '@playwright/test';
import { builtPages, conceptPages, watchPage } from './site.ts';

const CONCEPTS = [
  'client',
  'compose',
  'container',
  'contexts',
  'daemon',
  'dockerfile',
  'image',
  'network',
  'orchestration',
  'registry',
  'running-containers',
  'swarm',
  'volume',
];

test('every concept of the notes has its page', () => {
  const pages = conceptPages();
  for (const concept of CONCEPTS) expect(pages).toContain(`/${concept}/`);
});

/**
 * The playgrounds are tools with specs of their own (tests/e2e/playground.spec.ts,
 * build-cache.spec.ts), not documentation pages: they have no sidebar, TOC or sections.
 */
const isDocumentationPage = (path: string): boolean => !path.startsWith('/playground/') && path !== '/build-cache/';

/** The title, the sections and the TOC of a documentation page. */
async function expectSections(page: Page, path: string): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveCount(1);
  await expect(page).toHaveTitle(new RegExp(`^${(await h1.innerText()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const sections = page.locator('main .dk-page__body h2');
  expect(await sections.count()).toBeGreaterThanOrEqual(path === '/' ? 2 : 4);
  await expect(
    page.getByRole('navigation', { name: 'Concepts', exact: true }).getByRole('link', { name: /./ }).first(),
  ).toBeVisible();
  // The TOC lists the page's sections and each entry leads to exactly one element. The page is
  // loaded and nothing writes ids, so one reading of every entry checks what one locator per
  // entry did, and names every entry that fails.
  const tocLinks = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
  const unmatched = await tocLinks.evaluateAll((links) =>
    links
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => document.querySelectorAll(`[id="${CSS.escape(href.slice(1))}"]`).length !== 1),
  );
  expect(unmatched).toEqual([]);
}

/** Every highlight class the page uses has its rule in the stylesheet, so no token loses its colour. */
async function expectHighlightRules(page: Page): Promise<void> {
  const missing = await page.evaluate(() => {
    const defined = new Set<string>();
    const collect = (rules: CSSRuleList): void => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule)
          for (const match of rule.selectorText.matchAll(/\.(dk-s-[\w-]+)/g)) defined.add(match[1] ?? '');
        if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) collect(rule.cssRules);
      }
    };
    for (const sheet of document.styleSheets) collect(sheet.cssRules);
    const used = new Set([...document.querySelectorAll('[class*="dk-s-"]')].flatMap((node) => [...node.classList]));
    return [...used].filter((name) => name.startsWith('dk-s-') && !defined.has(name));
  });
  expect(missing).toEqual([]);
}

/**
 * Returns a wait for the moment no request the page has made is still in flight. After the load
 * event the site's pages request nothing by themselves but the browser's favicon, so this is
 * where `networkidle` would end, without its half second of silence per page; a request started
 * later is still watched, by {@link watchPage}, until the test's final check.
 */
function watchInFlight(page: Page): () => Promise<void> {
  const inFlight = new Set<Request>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return () => expect.poll(() => [...inFlight].map((request) => request.url())).toEqual([]);
}

// One walk of every page for what each page must do, so each page is loaded once for all of it.
for (const path of builtPages()) {
  const sections = isDocumentationPage(path) ? ' renders its title and sections,' : '';
  test(`${path}${sections} has no inline style, and no error, CSP violation or foreign request, with the theme toggled and search open`, async ({
    page,
    request,
  }) => {
    test.slow(path === '/reference/', 'the command reference index is a long page');
    const html = await (await request.get(path)).text();
    // The CSP allows no inline style: Shiki's colours and the diagrams' styles are classes.
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toContain("'unsafe-inline'");
    const check = watchPage(page);
    const settled = watchInFlight(page);
    await page.goto(path);
    if (isDocumentationPage(path)) await expectSections(page, path);
    await expectHighlightRules(page);
    // Everything the page loads by itself has loaded (and been watched) before search adds its own.
    await settled();
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.click();
    await toggle.click();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the docs' });
    await dialog.getByRole('combobox', { name: 'Search the docs' }).fill('volume');
    // Pagefind's first search on a long page can take 10 s on a busy machine.
    await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await check();
  });
}

test('the sidebar marks the current page and previous/next follow the concept order', async ({ page }) => {
  await page.goto('/image/');
  const sidebar = page.getByRole('navigation', { name: 'Concepts', exact: true });
  await expect(sidebar.getByRole('link', { name: 'Image' })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar.locator('[aria-current="page"]')).toHaveCount(1);
  const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/registry/');
  await pager.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/container\/$/);
});

test('the home page maps every concept', async ({ page }) => {
  await page.goto('/');
  const map = page.locator('section', { has: page.getByRole('heading', { name: 'Concept map' }) });
  for (const concept of CONCEPTS) await expect(map.locator(`a[href="/${concept}/"]`)).toHaveCount(1);
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto('/volume/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('the table of contents tracks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/network/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  const last = links.last();
  const target = (await links.nth(2).getAttribute('href')) ?? '';
  await page.locator(`[id="${target.slice(1)}"]`).scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), target.slice(1));
  await expect(toc.locator(`a[href="${target}"]`)).toHaveAttribute('aria-current', 'true');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(last).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('[aria-current="true"]')).toHaveCount(1);
});

test('an unknown address shows the 404 page with a way on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const all = page.getByRole('navigation', { name: 'All concepts' });
  for (const concept of CONCEPTS) await expect(all.locator(`a[href="/${concept}/"]`)).toHaveCount(1);
});
