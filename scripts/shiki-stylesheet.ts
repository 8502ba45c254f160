/**
 * Writes src/styles/shiki-classes.css: the rules of every class the Shiki style-classes transformer
 * can write for the site's themes. Run it after changing the themes or upgrading Shiki; a unit
 * test fails while the file is stale.
 *
 * Usage: npm run shiki-css
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHighlighter } from 'shiki';
import { SHIKI_STYLESHEET, SHIKI_THEMES, toShikiStylesheet } from '../src/plugins/shiki-style-classes.ts';

const PATH = join(import.meta.dirname, '..', SHIKI_STYLESHEET);

/** Returns the stylesheet for the site's themes, as the committed file should hold it. */
export async function generateShikiStylesheet(): Promise<string> {
  const highlighter = await createHighlighter({ themes: Object.values(SHIKI_THEMES), langs: [] });
  try {
    return toShikiStylesheet(highlighter.getTheme(SHIKI_THEMES.light), highlighter.getTheme(SHIKI_THEMES.dark));
  } finally {
    highlighter.dispose();
  }
}

/** Returns the committed stylesheet. */
export function readShikiStylesheet(): string {
  return readFileSync(PATH, 'utf8');
}

if (import.meta.main) {
  writeFileSync(PATH, await generateShikiStylesheet());
  console.log(`wrote ${SHIKI_STYLESHEET}`);
}
