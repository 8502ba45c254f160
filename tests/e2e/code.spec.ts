import { expect, test, type Page } from '@playwright/test';
import { chooseTheme } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Computed colour of the first highlighted token of the first terminal block. */
async function tokenColour(page: Page): Promise<{ token: string; background: string }> {
  return page
    .locator('figure.dk-code[data-kind="terminal"] pre')
    .first()
    .evaluate((pre) => {
      const span = pre.querySelector('.line.dk-cmd span');
      return {
        token: span ? getComputedStyle(span).color : '',
        background: getComputedStyle(pre.closest('figure') ?? pre).backgroundColor,
      };
    });
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
  await expect(page.locator('figure.dk-code[data-kind="terminal"] figcaption').first()).toHaveText('Terminal');
  await expect(
    page.locator('figure.dk-code[data-kind="file"] figcaption', { hasText: 'compose.yaml' }).first(),
  ).toBeVisible();
});

test('the copy button copies the commands without prompts or output, and confirms', async ({ page }) => {
  await page.goto('/volume/');
  // A snippet that shows output: the copied text must hold only the command lines.
  const figure = page.locator('figure.dk-code[data-kind="terminal"]', { has: page.locator('.dk-out') }).first();
  const expected = await figure.evaluate((node) =>
    [...node.querySelectorAll('.line')]
      .filter((line) => !line.classList.contains('dk-out'))
      .map((line) => line.textContent)
      .join('\n')
      .trimEnd(),
  );
  expect(expected).not.toMatch(/^\$/m);
  await figure.getByRole('button', { name: 'Copy commands' }).click();
  await expect(figure.getByRole('button', { name: 'Copy commands' })).toHaveText('Copied');
  await expect(figure.getByRole('status')).toHaveText('Commands copied to clipboard');
  const copied = await clipboard(page);
  expect(copied).toBe(expected);
  const outputLine = await figure.locator('.dk-out').first().innerText();
  expect(copied.split('\n')).not.toContain(outputLine);
});

test('a multi-line command keeps its backslash continuations when copied', async ({ page }) => {
  await page.goto('/volume/');
  const figure = page.locator('figure.dk-code', { has: page.locator('.dk-cont') }).first();
  await figure.getByRole('button', { name: /Copy/ }).click();
  const copied = await clipboard(page);
  expect(copied).toMatch(/\\\n\s+\S/);
  expect(copied).not.toMatch(/^\$ /m);
});

test('a file snippet copies its whole text', async ({ page }) => {
  await page.goto('/compose/');
  const figure = page.locator('figure.dk-code[data-kind="file"]').first();
  await figure.getByRole('button', { name: 'Copy code' }).click();
  expect(await clipboard(page)).toBe((await figure.locator('pre').innerText()).trimEnd());
});

test('a declared placeholder is shown as one, by shape as well as colour, and copied as its word', async ({ page }) => {
  await page.goto('/swarm/');
  const figure = page
    .locator('figure.dk-code[data-kind="terminal"]', { has: page.locator('var.dk-placeholder') })
    .first();
  const placeholder = figure.locator('var.dk-placeholder', { hasText: 'WORKER_TOKEN' });
  await expect(placeholder).toBeVisible();
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
