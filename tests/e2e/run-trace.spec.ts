import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './site.ts';

/**
 * The step-through on the client page (radios, CSS and a recorded trace, no JavaScript), as a
 * reader finds its parts: the diagram by its caption, the steps and the variants by their legends.
 */
const diagram = (page: Page): Locator =>
  page.getByRole('figure', { name: /^What docker run and docker stop do, message by message/ });
const stepList = (page: Page): Locator => page.getByRole('group', { name: /^Steps/ });
const steps = (page: Page): Locator => stepList(page).getByRole('radio');
/** The steps the chosen variant shows: hidden ones are out of the accessibility tree, so getByRole skips them. */
const shownSteps = (page: Page): Locator => stepList(page).getByRole('listitem');
const variant = (page: Page, command: RegExp): Locator =>
  page.getByRole('group', { name: 'Which command?' }).getByRole('radio', { name: command });

/**
 * The computed stroke width of the diagram's arrow for step n. An arrow has no role or text: it
 * is found by the step number the build gives each message (data-step).
 */
async function arrowWidth(page: Page, step: number): Promise<string> {
  return diagram(page)
    .locator(`svg :is(line, path)[data-step="${step}"]`)
    .first()
    .evaluate((node) => getComputedStyle(node).strokeWidth);
}

async function visibleSteps(page: Page): Promise<string[]> {
  return shownSteps(page)
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.innerText ?? ''));
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the docker run step-through, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the arrow keys move through the steps, and the diagram highlights the current message', async ({ page }) => {
      await page.goto('/client/');
      await expect(steps(page).first()).toBeChecked();
      expect(await arrowWidth(page, 1)).toBe('4px');
      await steps(page).first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(steps(page).nth(3)).toBeChecked();
      expect(await arrowWidth(page, 4)).toBe('4px');
      expect(await arrowWidth(page, 1)).not.toBe('4px');
      // The current step's explanation is shown, the others' are not.
      const current = shownSteps(page).nth(3);
      await expect(current).toContainText('404 Not Found No such image');
      await expect(current.getByText(/refuses with 404/)).toBeVisible();
      const next = shownSteps(page).nth(4).getByRole('paragraph', { includeHidden: true });
      await expect(next).toHaveText(/^The CLI prints this/);
      await expect(next).toBeHidden();
    });

    test('a pointer picks a step, and a variant shows only its own recorded steps', async ({ page }) => {
      await page.goto('/client/');
      await variant(page, /docker run -d --name web/).check();
      const detached = await visibleSteps(page);
      expect(detached.some((text) => text.includes('/attach'))).toBe(false);
      expect(detached.some((text) => text.includes('wait?condition=next-exit'))).toBe(true);
      expect(detached.at(-1)).toContain('stdout: the container ID');
      // Messages of other variants fade in the diagram.
      const attach = diagram(page).locator('svg text[data-step]', { hasText: 'POST attach' }).first();
      await expect(attach).toHaveCSS('opacity', '0.2');

      await variant(page, /docker stop -t 2 web/).check();
      const stop = await visibleSteps(page);
      expect(stop.map((text) => text.replace(/\s+/g, ' '))).toEqual(
        expect.arrayContaining([expect.stringContaining('kill, signal 15'), expect.stringContaining('kill, signal 9')]),
      );
      const sigkill = shownSteps(page).filter({ hasText: 'kill, signal 9' });
      await sigkill.locator('label').click();
      await expect(sigkill.getByRole('radio')).toBeChecked();
      await expect(sigkill.getByText(/exit code 137/)).toBeVisible();
    });
  });
}

// axe checks the client page, step-through included, in both themes and widths in a11y.spec.ts.
test('the step-through ships no JavaScript of its own', async ({ page }) => {
  const finish = watchPage(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/client/');
  const onClient = [...scripts].sort();
  scripts.length = 0;
  await page.goto('/volume/');
  expect(onClient).toEqual([...scripts].sort());
  await finish();
});
