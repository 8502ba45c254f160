import { expect, test, type Page } from '@playwright/test';
import { CLI_DATA } from '../../src/node/cli-data.ts';
import { toCliIndex, toCompactCli } from '../../src/lib/engine/cli.ts';
import '../../src/lib/engine/index.ts';
import { LESSONS } from '../../src/lib/engine/lessons.ts';
import { createSession, fromShareFragment, runLine } from '../../src/lib/engine/session.ts';
import { toTwinRows } from '../../src/lib/engine/view.ts';
import { watchPage } from './site.ts';

/** The playground in Chromium: lessons by keyboard, undo, share links, Try it, layout, motion, loading. */

const CLI = toCliIndex(toCompactCli(CLI_DATA));

/** The text twin's rows as the page shows them: every body row's cells, table by table. */
async function readTwin(page: Page): Promise<string[][]> {
  return page
    .locator('.dk-pg-twin tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

/** Types a line and presses Enter, then waits for its answer in the log (the state is redrawn with it). */
async function typeLine(page: Page, line: string): Promise<void> {
  const input = page.getByLabel('Command', { exact: true });
  const entries = page.locator('.dk-pg-log > div');
  const count = await entries.count();
  await input.focus();
  await page.keyboard.insertText(line);
  await page.keyboard.press('Enter');
  await expect(input).toHaveValue('');
  await expect(entries).toHaveCount(count + 1);
}

async function ready(page: Page): Promise<void> {
  await page.getByLabel('Command', { exact: true }).focus();
  await expect(page.locator('dk-playground')).toHaveAttribute('data-ready', 'true');
}

for (const lesson of LESSONS) {
  test(`lesson ${lesson.id}: solved by keyboard, announced, and its text twin matches the engine`, async ({ page }) => {
    const check = watchPage(page);
    await page.goto(`/playground/${lesson.id}/`);
    await ready(page);
    const status = page.locator('dk-playground [role="status"]');
    await expect(status).toHaveText('');
    let session = createSession(CLI, lesson);
    for (const line of lesson.solution) {
      await typeLine(page, line);
      session = runLine(session, line, CLI).session;
    }
    await expect(status).toHaveText(`Lesson solved: ${lesson.title}.`);
    await expect(page.getByText('Solved.', { exact: true })).toBeVisible();
    const rows = toTwinRows(session.state);
    expect(await readTwin(page)).toEqual([...rows.containers, ...rows.networks, ...rows.volumes, ...rows.images]);
    await check();
  });
}

test('undo restores the state before the last command, by command and by button', async ({ page }) => {
  await page.goto('/playground/');
  await ready(page);
  await typeLine(page, 'docker volume create data');
  const before = await readTwin(page);
  await typeLine(page, 'docker run -d --name web -v data:/data nginx:1.30');
  expect(await readTwin(page)).not.toEqual(before);
  await typeLine(page, 'undo');
  expect(await readTwin(page)).toEqual(before);
  await typeLine(page, 'docker run -d --name web nginx:1.30');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => readTwin(page)).toEqual(before);
});

test('a share link rebuilds the session in a fresh browser', async ({ page, browser }) => {
  await page.goto('/playground/');
  await ready(page);
  await typeLine(page, 'docker network create app');
  await typeLine(page, 'docker run -d --name web --network app -p 8080:80 nginx:1.30');
  await typeLine(page, 'share');
  await expect(page).toHaveURL(/#run=/);
  const twin = await readTwin(page);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(other.locator('dk-playground')).toHaveAttribute('data-ready', 'true');
  expect(await readTwin(other)).toEqual(twin);
  await fresh.close();
});

test('Try it on a concept page opens the lesson in its start state', async ({ page }) => {
  await page.goto('/network/');
  const link = page.locator('a[href="/playground/talk-by-name/"]').first();
  await expect(link).toHaveText(/Try it/);
  await link.click();
  await expect(page).toHaveURL(/\/playground\/talk-by-name\/$/);
  const rows = toTwinRows(
    createSession(
      CLI,
      LESSONS.find((lesson) => lesson.id === 'talk-by-name'),
    ).state,
  );
  expect(await readTwin(page)).toEqual([...rows.containers, ...rows.networks, ...rows.volumes, ...rows.images]);
});

test('Try it on a replayed snippet opens the playground in the state the page has built up to it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/volume/');
  // The snippet that lists the volumes, after the page created three and removed nfs-data.
  const snippet = page.getByRole('figure').filter({ hasText: 'docker volume ls' }).last();
  const link = snippet.getByRole('link', { name: /^Try it/ });
  await expect(link).toHaveAttribute('href', /^\/playground\/#run=/);
  expect(
    scripts.filter((path) => /playground|engine/i.test(path)),
    'no playground code on a concept page',
  ).toEqual([]);
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page).toHaveURL(/\/playground\/#run=/);
  await expect(page.locator('dk-playground')).toHaveAttribute('data-ready', 'true');
  // The same lines through the engine in Node give the rows the twin must show.
  let session = createSession(CLI);
  for (const line of fromShareFragment(new URL(href, 'http://site').hash))
    session = runLine(session, line, CLI).session;
  const rows = toTwinRows(session.state);
  expect(rows.volumes.map((row) => row[0])).toEqual(
    expect.arrayContaining(['named-db', 'named-db-restore', 'web-content']),
  );
  expect(rows.volumes.map((row) => row[0])).not.toContain('nfs-data');
  const volumeNames = page.locator('.dk-pg-twin tbody tr').filter({ hasText: /^named-db/ });
  await expect(volumeNames.first()).toBeVisible();
  expect(await readTwin(page)).toEqual([...rows.containers, ...rows.networks, ...rows.volumes, ...rows.images]);
  // The snippet's own command ran last, and its output is in the log as the page shows it.
  await expect(page.locator('.dk-pg-log > div').last()).toContainText('docker volume prune');
  await expect(page.locator('.dk-pg-log')).toContainText('named-db-restore');
});

test('nothing but the loader runs before the console is used, and the start state shows without it', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.json'))
      scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/playground/publish-a-port/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((path) => /playground-app|engine|lesson|publish-a-port|cli\.json/.test(path))).toEqual([]);
  // The start state is drawn without JavaScript.
  await expect(page.locator('.dk-pg-svg')).toBeVisible();
  await ready(page);
  expect(scripts.some((path) => path.includes('playground-app'))).toBe(true);
  expect(scripts).toContain('/playground/cli.json');
  await typeLine(page, 'docker run -d -p 8080:80 nginx:1.30');
  await expect(page.locator('.dk-pg-twin')).toContainText('0.0.0.0:8080->80/tcp');
});

test('when the command data cannot be loaded, the console says so instead of failing silently', async ({ page }) => {
  await page.route('**/playground/cli.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/playground/');
  await page.getByLabel('Command', { exact: true }).focus();
  await expect(page.locator('dk-playground').getByRole('status')).toContainText(
    'The console could not load its command data',
  );
});

test('at 390 px nothing overflows the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/playground/talk-by-name/');
  await ready(page);
  for (const line of LESSONS.find((lesson) => lesson.id === 'talk-by-name')?.solution ?? []) await typeLine(page, line);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await page.locator('.dk-pg-svg').boundingBox();
  expect(box?.width).toBeGreaterThan(300);
});

for (const motion of ['reduce', 'no-preference'] as const) {
  test(`new objects in the picture ${motion === 'reduce' ? 'do not animate' : 'fade in'} with prefers-reduced-motion: ${motion}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto('/playground/');
    await ready(page);
    await typeLine(page, 'docker volume create data');
    const animation = await page
      .locator('.dk-pg-svg [data-key="vol-data"]')
      .evaluate((node) => getComputedStyle(node).animationName);
    expect(animation).toBe(motion === 'reduce' ? 'none' : 'dk-pg-in');
  });
}

test('hostile input gets a clear message and the page stays responsive', async ({ page }) => {
  await page.goto('/playground/');
  await ready(page);
  const input = page.getByLabel('Command', { exact: true });
  await input.evaluate((node: HTMLInputElement) => {
    node.removeAttribute('maxlength');
    node.value = `docker run ${'a'.repeat(10_000)}`;
  });
  await page.keyboard.press('Enter');
  await expect(page.locator('.dk-pg-log')).toContainText('characters long; the console takes lines of up to 4,000');
  await typeLine(page, 'docker rm -f $(docker ps -aq)');
  await expect(page.locator('.dk-pg-log')).toContainText('Command substitution');
  await page.getByLabel('compose.yaml (read by docker compose)').fill('services:\n  web:\n    image: "nginx\n');
  await typeLine(page, 'docker compose up -d');
  await expect(page.locator('.dk-pg-log')).toContainText('compose.yaml line 3: a double-quoted string is not closed');
  // Still answering: the next command gets its own output (typeLine waits for that entry). How
  // fast a line is answered is measured by npm run bench:playground, not timed here.
  await typeLine(page, 'docker ps');
  await expect(page.locator('.dk-pg-log > div').last()).toContainText('CONTAINER ID');
});

test('a flag the engine does not model says so and links its reference entry', async ({ page }) => {
  await page.goto('/playground/');
  await ready(page);
  await typeLine(page, 'docker run -d --cap-add NET_ADMIN nginx:1.30');
  const note = page.locator('.dk-pg-note').filter({ hasText: '--cap-add is a real flag' });
  const link = note.getByRole('link', { name: 'Reference' });
  // The flag's own page and anchor, not an old address of the single reference page that only a
  // script would forward.
  await expect(link).toHaveAttribute('href', '/reference/cli/docker/container/run/#cap-add');
  await link.click();
  await expect(page).toHaveURL(/\/reference\/cli\/docker\/container\/run\/#cap-add$/);
  await expect(page.locator('[id="cap-add"]')).toBeInViewport();
});

test('up and down arrows recall earlier lines, Tab completes a flag', async ({ page }) => {
  await page.goto('/playground/');
  await ready(page);
  await typeLine(page, 'docker ps -a');
  const input = page.getByLabel('Command', { exact: true });
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveValue('docker ps -a');
  await input.fill('docker run --netw');
  await page.keyboard.press('Tab');
  await expect(input).toHaveValue(/^docker run --network/);
});

test('the console reads a line as the docs do, and refuses a bad flag in the CLI’s own words', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/playground/');
  await ready(page);
  const answer = page.locator('.dk-pg-log > div').last();
  await typeLine(page, 'docker run -dxz nginx:1.30');
  await expect(answer).toContainText("unknown shorthand flag: 'x' in -xz");
  await expect(answer).toContainText("Run 'docker run --help' for more information");
  const lines = [
    'docker run -dit --rm=false --name=box -e A=b -e C busybox:1.38 sh',
    'docker run --rm -- busybox:1.38 echo hi',
    'docker run -d --name web -p=8080:80 nginx:1.30',
  ];
  let session = createSession(CLI);
  for (const line of [...lines, 'docker run -dxz nginx:1.30']) session = runLine(session, line, CLI).session;
  for (const line of lines) await typeLine(page, line);
  await expect(answer).not.toContainText('unknown');
  const rows = toTwinRows(session.state);
  expect(await readTwin(page)).toEqual([...rows.containers, ...rows.networks, ...rows.volumes, ...rows.images]);
  expect(rows.containers.map((row) => row.slice(0, 4))).toEqual([
    ['box', 'busybox:1.38', 'Running', '—'],
    ['web', 'nginx:1.30', 'Running', '0.0.0.0:8080->80/tcp'],
  ]);
  await typeLine(page, "docker inspect -f '{{.HostConfig.AutoRemove}} {{json .Config.Env}}' box");
  await expect(answer).toContainText('false ["A=b","C","PATH=');
  await check();
});
