import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHighlighter } from 'shiki';
import { SHIKI_STYLESHEET, SHIKI_THEMES, toShikiStylesheet } from '../plugins/shiki-style-classes.ts';

/** Where the committed stylesheet is, from the repository root. */
export const SHIKI_STYLESHEET_PATH = join(import.meta.dirname, '../..', SHIKI_STYLESHEET);

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
  return readFileSync(SHIKI_STYLESHEET_PATH, 'utf8');
}
