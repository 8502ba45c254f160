import { expect, test, type Page } from '@playwright/test';
import exampleImages from '../../src/data/example-images.json' with { type: 'json' };
import { terminalFigures } from './locators.ts';
import { chooseTheme } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** An example image as the page shows it: `{{image:ubuntu}}` in the source is `ubuntu:24.04` on the page. */
function image(name: keyof typeof exampleImages.images): string {
  return `${name}:${exampleImages.images[name].current}`;
}

/** Computed colour of the first terminal block's `docker` (a highlighted token), and of its frame. */
async function tokenColour(page: Page): Promise<{ token: string; background: string }> {
  const figure = terminalFigures(page).first();
  return {
    token: await figure
      .getByText('docker', { exact: true })
      .first()
      .evaluate((span) => getComputedStyle(span).color),
    background: await figure.evaluate((node) => getComputedStyle(node).backgroundColor),
  };
}

test('shell snippets are highlighted, and re-coloured for the dark theme', async ({ page }) => {
  await page.goto('/volume/');
  await chooseTheme(page, 'light');
  const light = await tokenColour(page);
  const body = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(light.token).not.toBe('');
  expect(light.token).not.toBe(body);
  await chooseTheme(page, 'dark');
  const dark = await tokenColour(page);
  expect(dark.token).not.toBe(light.token);
  expect(dark.background).not.toBe(light.background);
});

test('terminal and file snippets are framed and labelled', async ({ page }) => {
  await page.goto('/compose/');
  // A figure's caption is its accessible name: "Terminal", or the file's name.
  await expect(terminalFigures(page).first()).toBeVisible();
  await expect(page.getByRole('figure', { name: 'compose.yaml', exact: true }).first()).toBeVisible();
});

test('the copy button copies the commands without prompts or output, and confirms', async ({ page }) => {
  await page.goto('/volume/');
  // Two `$` commands with the first one's output, `named-db`, between them.
  const figure = terminalFigures(page, 'docker run -it -v named-db:/opt/data');
  expect(await figure.locator('pre').innerText()).toContain('docker volume create named-db\nnamed-db\ndocker run');
  await figure.getByRole('button', { name: 'Copy commands' }).click();
  await expect(figure.getByRole('button', { name: 'Copy commands' })).toHaveText('Copied');
  await expect(figure.getByRole('status')).toHaveText('Commands copied to clipboard');
  expect(await clipboard(page)).toBe(
    `docker volume create named-db\ndocker run -it -v named-db:/opt/data ${image('ubuntu')} /bin/bash`,
  );
});

test('a multi-line command keeps its backslash continuations when copied', async ({ page }) => {
  await page.goto('/volume/');
  const figure = terminalFigures(page, 'image-subpath=bin');
  await figure.getByRole('button', { name: 'Copy commands' }).click();
  expect(await clipboard(page)).toBe(
    [
      `docker image pull ${image('busybox')}-musl`,
      'docker run --rm \\',
      `    --mount type=image,src=${image('busybox')}-musl,dst=/tools,image-subpath=bin \\`,
      `    ${image('hello-world')} /tools/ls /`,
    ].join('\n'),
  );
});

test('a file snippet copies its whole text', async ({ page }) => {
  await page.goto('/compose/');
  const figure = page.getByRole('figure', { name: 'compose.yaml', exact: true }).first();
  await figure.getByRole('button', { name: 'Copy code' }).click();
  expect(await clipboard(page)).toBe((await figure.locator('pre').innerText()).trimEnd());
});

test('a declared placeholder is shown as one, by shape as well as colour, and copied as its word', async ({ page }) => {
  await page.goto('/swarm/');
  const figure = terminalFigures(page, 'WORKER_TOKEN').first();
  const placeholder = figure.getByText('WORKER_TOKEN', { exact: true });
  await expect(placeholder).toBeVisible();
  // HTML's element for a variable, so assistive technology can tell it from the code around it.
  expect(await placeholder.evaluate((node) => node.tagName)).toBe('VAR');
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    const look = await placeholder.evaluate((node) => {
      const style = getComputedStyle(node);
      const around = getComputedStyle(node.parentElement ?? node);
      return {
        fontStyle: style.fontStyle,
        border: style.borderTopStyle,
        background: style.backgroundColor,
        aroundBackground: getComputedStyle(node.closest('figure') ?? node).backgroundColor,
        aroundStyle: around.fontStyle,
      };
    });
    // Not by colour alone: italic where the code around it is upright, and a dashed box.
    expect(look.fontStyle, theme).toBe('italic');
    expect(look.aroundStyle, theme).toBe('normal');
    expect(look.border, theme).toBe('dashed');
    expect(look.background, theme).not.toBe(look.aroundBackground);
  }
  await figure.getByRole('button', { name: 'Copy commands' }).click();
  await expect(figure.getByRole('button', { name: 'Copy commands' })).toHaveText('Copied');
  expect(await clipboard(page)).toContain('docker swarm join --token WORKER_TOKEN 10.0.0.11:2377');
});
