import { expect, test, type Page } from '@playwright/test';

/** Tabs through the page and returns what received focus, in order, with whether a ring showed. */
async function tabWalk(page: Page, steps: number): Promise<{ name: string; ring: boolean }[]> {
  const seen: { name: string; ring: boolean }[] = [];
  for (let step = 0; step < steps; step += 1) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return { name: 'body', ring: false };
        // The ring may be drawn by the control or, for a field and its button, by their form
        // (:focus-within); either way it must be at least 2 px and not 'none'.
        const hasRing = (node: Element): boolean => {
          const style = getComputedStyle(node);
          return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        };
        const ring =
          hasRing(element) ||
          (element.parentElement?.matches(':focus-within') === true && hasRing(element.parentElement));
        const name =
          element.getAttribute('aria-label') ?? element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
        return { name: `${element.tagName.toLowerCase()}:${name}`, ring };
      }),
    );
  }
  return seen;
}

test.describe('keyboard only, at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('Tab reaches the controls in reading order, each with a visible focus ring', async ({ page }) => {
    await page.goto('/volume/');
    const walk = await tabWalk(page, 40);
    const names = walk.map((step) => step.name);
    const order = [
      names.findIndex((name) => name.includes('Skip to content')),
      names.findIndex((name) => name.includes('Docker Concepts')),
      names.findIndex((name) => name.startsWith('input:') || name.includes('Search')),
      names.findIndex((name) => name.includes('Dark theme') || name.includes('theme')),
      names.findIndex((name) => name === 'a:Overview'),
      names.findIndex((name) => name === 'a:Volume'),
      names.findIndex((name) => name.includes('Why containers need mounts')),
    ];
    expect(
      order.every((index) => index >= 0),
      names.join(' | '),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const withoutRing = walk.filter((step) => step.name !== 'body' && !step.ring);
    expect(withoutRing).toEqual([]);
  });
});

test.describe('keyboard only, at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu opens with Enter and its links are reachable', async ({ page }) => {
    await page.goto('/image/');
    const walk = await tabWalk(page, 3);
    expect(walk.map((step) => step.name)).toContain('summary:Menu');
    await page.locator('summary', { hasText: 'Menu' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Concepts menu' }).getByRole('link').first()).toBeFocused();
  });
});

test('reduced motion turns off smooth scrolling and transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/volume/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
