import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './site.ts';

/** Records every request for Pagefind's files. */
function watchPagefind(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) requests.push(request.url());
  });
  return requests;
}

/** Where `--network-alias` leads first: its reference entry, with the flag marked. */
const FLAG_ENTRY = /\/reference\/cli\/docker\/container\/run\/\?highlight=--network-alias#network-alias$/;

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the docs' });
const combobox = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the docs' });

test('nothing of Pagefind loads until search is used', async ({ page }) => {
  const check = watchPage(page);
  const requests = watchPagefind(page);
  await page.goto('/volume/');
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 800);
  expect(requests).toEqual([]);
  await page.keyboard.press('/');
  await combobox(page).fill('volume');
  await expect(dialog(page).getByRole('option').first()).toBeVisible();
  expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await check();
});

test('/ opens the dialog, results appear as you type and their count is announced', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/network/');
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toHaveAttribute('aria-modal', 'true');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type('--network-alias');
  const options = dialog(page).getByRole('listbox', { name: 'Search results' }).getByRole('option');
  // A flag leads with its reference entry; the concept section that explains it follows.
  await expect(options.first().locator('.dk-hit__title')).toHaveText('--network-alias');
  await expect(options.first()).toHaveAttribute(
    'data-href',
    /^\/reference\/cli\/docker\/container\/run\/.*#network-alias$/,
  );
  await expect(options.nth(1).locator('.dk-hit__title')).toHaveText('Aliases');
  await expect(options.nth(1)).toContainText('Networks');
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(dialog(page).getByRole('status')).toHaveText(
    `${await options.count()} result${(await options.count()) === 1 ? '' : 's'}`,
  );
  await expect(options.first().locator('mark').first()).toBeVisible();
  await check();
});

test('Ctrl+K opens the dialog, and Escape closes it and returns focus', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/image/');
  const copy = page.getByRole('link', { name: 'Skip to content' });
  await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(copy).toBeFocused();
  await check();
});

test('the header field opens the dialog, and Escape returns to it without reopening', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search the docs' });
  await field.click();
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(field).toBeFocused();
});

test('arrows and Enter open the section, scrolled into view, with the terms marked', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('--network-alias');
  const options = dialog(page).getByRole('option');
  // Typing runs searches for partial text too: wait for the list of the whole text, or the arrows
  // would pick options that a later result list replaces.
  await expect(dialog(page).getByRole('listbox')).toHaveAttribute('data-query', '--network-alias');
  await expect(options.nth(1)).toContainText('Networks');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(combobox(page)).toHaveAttribute(
    'aria-activedescendant',
    (await options.first().getAttribute('id')) ?? '',
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/network\/\?highlight=--network-alias#aliases$/);
  await expect(page.getByRole('heading', { name: 'Aliases', exact: true })).toBeInViewport();
  const marks = page.locator('main mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThan(1);
  // Marking stays out of diagrams.
  await expect(page.locator('figure.dk-diagram mark')).toHaveCount(0);
  await check();
});

/** Opens the dialog on the home page with the results for "volume" listed; returns the options. */
async function listVolumeResults(page: Page) {
  await page.goto('/');
  await page.keyboard.press('/');
  await combobox(page).fill('volume');
  const options = dialog(page).getByRole('option');
  await expect(options.first()).toContainText('Volume');
  return options;
}

test('Enter pressed before the results catch up opens the first result of the text typed, not of older text', async ({
  page,
}) => {
  const check = watchPage(page);
  await listVolumeResults(page);
  // Within the debounce: the listed results still answer "volume".
  await combobox(page).fill('--network-alias');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(FLAG_ENTRY);
  await check();
});

test('a click on a result of older text does not open it; the results of the current text replace it', async ({
  page,
}) => {
  const check = watchPage(page);
  await page.clock.install();
  const options = await listVolumeResults(page);
  const url = page.url();
  // Time stops, so the debounce cannot run the search for the new text before the click: the
  // list is of the older text when it is clicked, whatever the machine's speed, and only the
  // click's own search can bring the current text's results.
  await page.clock.pauseAt(Date.now() + 1000);
  await combobox(page).fill('--network-alias');
  await options.first().click();
  await expect(options.nth(1).locator('.dk-hit__title')).toHaveText('Aliases');
  expect(page.url()).toBe(url);
  // Once listed, a result of the current text opens on click.
  await options.nth(1).click();
  await expect(page).toHaveURL(/\/network\/\?highlight=--network-alias#aliases$/);
  await check();
});

test('/search/?q=--network-alias shows the results when opened directly', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/search/?q=--network-alias');
  await expect(page.getByRole('searchbox', { name: 'Search commands, flags and concepts' })).toHaveValue(
    '--network-alias',
  );
  const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(links.first()).toHaveAttribute(
    'href',
    '/reference/cli/docker/container/run/?highlight=--network-alias#network-alias',
  );
  await expect(links.nth(1)).toHaveAttribute('href', '/network/?highlight=--network-alias#aliases');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “--network-alias”\.$/);
  await check();
});

test('the concept filter narrows the results and is kept in the URL', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/search/?q=mount');
  const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const all = await links.count();
  expect(all).toBeGreaterThan(1);
  await page.getByRole('combobox', { name: 'Concept' }).selectOption('Volume');
  await expect(page).toHaveURL(/\/search\/\?q=mount&concept=Volume$/);
  await expect(page.getByRole('status')).toHaveText(/ in Volume\.$/);
  await expect(links).toHaveCount(1);
  await expect(links.first()).toHaveAttribute('href', /^\/volume\//);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Concept' })).toHaveValue('Volume');
  await expect(links).toHaveCount(1);
  await check();
});

test('Enter right after typing opens a result of the whole text, not of the part searched before', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/');
  await page.keyboard.press('/');
  const listbox = dialog(page).getByRole('listbox');
  await page.keyboard.type('--network');
  await expect(listbox).toHaveAttribute('data-query', '--network');
  const partial = await dialog(page).getByRole('option').first().getAttribute('data-href');
  expect(partial).not.toMatch(/#network-alias$/);
  // The rest of the flag and Enter at once, inside the debounce: the shown results are stale.
  await page.keyboard.type('-alias');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(FLAG_ENTRY);
  await check();
});

test('Enter before any result has appeared waits for the search and opens the first result', async ({ page }) => {
  await page.goto('/volume/');
  await page.keyboard.press('/');
  await page.keyboard.type('--network-alias');
  await page.keyboard.press('Enter');
  // Pagefind starts cold here (its WebAssembly and index load first), which on a busy machine
  // takes longer than the 5 s a warm search is given; it is still the state that is awaited.
  await expect(page).toHaveURL(FLAG_ENTRY, { timeout: 20_000 });
});

test('a click on a result of the whole text opens it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('docker volume inspect');
  await expect(dialog(page).getByRole('listbox')).toHaveAttribute('data-query', 'docker volume inspect');
  const first = dialog(page).getByRole('option').first();
  const href = (await first.getAttribute('data-href')) ?? '';
  await first.click();
  await expect(page).toHaveURL(new URL(href, page.url()).href);
});

/** Types a query in the dialog and waits for the list that answers it; returns its options. */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press('/');
  await combobox(page).fill(query);
  await expect(dialog(page).getByRole('listbox')).toHaveAttribute('data-query', query);
  return dialog(page).getByRole('option');
}

test('a pasted error with other names and addresses leads to the section that explains it', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/');
  const options = await searchFor(
    page,
    'docker: Error response from daemon: driver failed programming external connectivity on endpoint shop-db (9a8b7c6d5e4f): Bind for 10.0.0.7:5432 failed: port is already allocated.',
  );
  await expect(options.first().locator('.dk-hit__title')).toHaveText('Publishing ports');
  await options.first().click();
  await expect(page).toHaveURL(/\/network\/\?highlight=.*#publishing-ports$/);
  // The section shows the message as Docker prints it, with what to do.
  const block = page.locator('.dk-answers').filter({ hasText: 'port is already allocated' });
  await expect(block.getByText('Common errors')).toBeVisible();
  await expect(block.locator('dt code').first()).toHaveText('Bind for 0.0.0.0:8080 failed: port is already allocated');
  await check();
});

test('a real question with words the pages never use still gets results', async ({ page }) => {
  await page.goto('/');
  const options = await searchFor(page, 'how can I make my two containers chat with each other quickly');
  await expect(options.first()).toBeVisible();
  await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results?$/);
});

test('a command leads with its reference entry, and the concept section follows in the top three', async ({ page }) => {
  await page.goto('/');
  const options = await searchFor(page, 'docker ps -a');
  await expect(options.first()).toHaveAttribute('data-href', /^\/reference\/cli\/docker\/container\/ls\/\?.*#all$/);
  const hrefs = await options.evaluateAll((items) =>
    items.slice(0, 3).map((item) => (item as HTMLElement).dataset['href']),
  );
  expect(
    hrefs.some((href) => href?.startsWith('/running-containers/') && href.endsWith('#listing-logs-and-exec')),
  ).toBe(true);
});

test('a typo in a command is corrected to its reference entry', async ({ page }) => {
  await page.goto('/');
  const options = await searchFor(page, 'docker contianer ls');
  await expect(options.first()).toHaveAttribute('data-href', /^\/reference\/cli\/docker\/container\/ls\//);
});

test('no page with every word: “Did you mean” offers the correction, and Enter searches it', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/');
  const options = await searchFor(page, 'contaner lifecylce');
  await expect(dialog(page).getByRole('status')).toContainText('Did you mean “container lifecycle”?');
  await expect(options.first()).toHaveText('Did you mean container lifecycle?');
  await page.keyboard.press('Enter');
  await expect(combobox(page)).toHaveValue('container lifecycle');
  await expect(dialog(page).getByRole('listbox')).toHaveAttribute('data-query', 'container lifecycle');
  await expect(options.first().locator('.dk-hit__title')).toHaveText('The container lifecycle');
  await check();
});

test('an unknown command offers the explainer and the command reference, not a dead end', async ({ page }) => {
  await page.goto('/');
  const options = await searchFor(page, 'docker frobnicate');
  await expect(dialog(page).getByRole('status')).toHaveText('No results for “docker frobnicate”');
  await expect(options).toHaveText(['Explain this command: docker frobnicate', 'Browse the command reference']);
  await options.nth(1).click();
  await expect(page).toHaveURL(/\/reference\/$/);
});

test('the search page offers the correction as a link', async ({ page }) => {
  await page.goto('/search/?q=contaner+lifecylce');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText('Did you mean container lifecycle?');
  await status.getByRole('link', { name: 'container lifecycle' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=container\+lifecycle$/);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveText(
    'The container lifecycle',
  );
});
