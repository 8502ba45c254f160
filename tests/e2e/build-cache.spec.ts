import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './site.ts';

const build = (page: Page, number: number) => page.getByRole('region', { name: `Build ${number}` });
const step = (page: Page, number: number, instruction: string) =>
  build(page, number).getByRole('listitem').filter({ hasText: instruction }).first();

test('without JavaScript, the first lesson is shown built twice, before and after its edit', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/build-cache/');
  await expect(page.getByText('needs JavaScript')).toBeVisible();
  await expect(step(page, 1, 'RUN npm ci')).toContainText('RUN');
  await expect(step(page, 2, 'RUN npm ci')).toContainText('CACHED');
  await expect(step(page, 2, 'COPY . .')).toContainText('server.js changed');
  await expect(step(page, 2, 'CMD')).toContainText('an earlier step rebuilt');
  await context.close();
});

test('the playground loads on intent, builds twice and says why each step ran', async ({ page }) => {
  const finish = watchPage(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/build-cache/');
  const before = scripts.length;
  await expect(page.getByRole('button', { name: 'Build', exact: true })).toBeDisabled();
  await page.getByLabel('Dockerfile').focus();
  await expect(page.getByRole('button', { name: 'Build', exact: true })).toBeEnabled();
  expect(scripts.length).toBeGreaterThan(before);

  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(build(page, 1).getByText('Nothing was cached yet.')).toBeVisible();
  await expect(step(page, 1, 'RUN npm ci')).toContainText('first build of this step');
  await page.getByLabel('Content of server.js').fill('console.log("listening on 8080");\n');
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(step(page, 2, 'RUN npm ci')).toContainText('CACHED');
  await expect(step(page, 2, 'COPY . .')).toContainText('server.js changed');
  await expect(build(page, 2).getByText('3 of 5 steps came from the cache.')).toBeVisible();
  // Metadata instructions are shown as such in the layer stack.
  await expect(
    build(page, 2).getByRole('listitem').filter({ hasText: 'CMD ["node", "server.js"]' }).last(),
  ).toContainText('0 B: config only');
  await finish();
});

test('.dockerignore keeps an edit under node_modules from busting the cache, until it is removed', async ({ page }) => {
  await page.goto('/build-cache/');
  await page.getByLabel('Lesson').focus();
  await page.getByLabel('Lesson').selectOption({ label: '.dockerignore keeps node_modules out of the cache key' });
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await page.getByLabel('Content of node_modules/express/package.json').fill('{ "version": "5.1.1" }\n');
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(step(page, 2, 'COPY . .')).toContainText('CACHED');
  await page.getByRole('button', { name: 'Remove .dockerignore' }).click();
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(step(page, 3, 'COPY . .')).toContainText('RUN');
  await expect(step(page, 3, 'COPY . .')).toContainText('changed');
});

test('a multi-stage build: the final image carries the program, not the compiler', async ({ page }) => {
  await page.goto('/build-cache/');
  await page.getByLabel('Lesson').focus();
  await page.getByLabel('Lesson').selectOption({ label: 'A multi-stage build leaves the compiler behind' });
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  // The list under the heading "Layers of the image" (the steps' list is above it).
  const layers = build(page, 1)
    .getByRole('heading', { name: 'Layers of the image' })
    .locator('xpath=following-sibling::ol[1]');
  await expect(layers.getByRole('listitem').first()).toBeVisible();
  await expect(layers).toContainText('COPY --from=build');
  await expect(layers).not.toContainText('go build');
  await expect(layers).not.toContainText('FROM golang');
});

test('a broken or huge Dockerfile gets a clear message, and the page keeps working', async ({ page }) => {
  await page.goto('/build-cache/');
  await page.getByLabel('Dockerfile').focus();
  await page.getByLabel('Dockerfile').fill('RUN echo hello\n');
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(build(page, 1)).toContainText(
    'Dockerfile line 1: A Dockerfile starts with FROM (only ARG may come before it), not RUN',
  );
  await expect(build(page, 1).locator('code')).toHaveText('RUN');
  await expect(build(page, 1).getByText('The build stopped before its first step')).toBeVisible();
  // The same check, word for word, that refuses a Dockerfile snippet on a page.
  await page.getByLabel('Dockerfile').fill('FROM alpine:3.24\nCOPPY . .\n');
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(build(page, 2)).toContainText(
    'Dockerfile line 2: Unknown Dockerfile instruction COPPY: did you mean COPY? The instructions are ADD, ARG,',
  );
  await page.getByLabel('Dockerfile').evaluate((area: HTMLTextAreaElement) => {
    area.value = `FROM alpine:3.24\n${'# a comment line\n'.repeat(70_000)}`;
  });
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(build(page, 3)).toContainText('The Dockerfile is over 1 MB');
  await page.getByLabel('Dockerfile').fill('FROM alpine:3.24\nRUN echo ok\n');
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(step(page, 4, 'RUN echo ok')).toContainText('RUN');
});
