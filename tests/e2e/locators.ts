import type { Locator, Page } from '@playwright/test';

/**
 * The diagrams of a page, found as a reader's tools find them: figures whose drawing is a
 * document (the SVG's `graphics-document document` role), named by accTitle; code blocks are
 * figures too, but hold text.
 */
export function diagramFigures(page: Page): Locator {
  return page.getByRole('figure').filter({ has: page.getByRole('document') });
}

/** The terminal snippets of a page (figures captioned "Terminal"), or the one holding `text`. */
export function terminalFigures(page: Page, text?: string): Locator {
  const figures = page.getByRole('figure', { name: 'Terminal', exact: true });
  return text === undefined ? figures : figures.filter({ hasText: text });
}
