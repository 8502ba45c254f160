import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { listBuiltHtmlFiles } from '../../src/node/built-pages.ts';

const DIST = join(import.meta.dirname, '../../dist');

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Prettier-formatted Astro output keeps self-closing void elements (<meta />), which is valid HTML.
    'void-style': 'off',
    // Astro writes its scoped-style attributes as data-astro-cid-* without values; they are valid.
    'attribute-boolean-style': 'off',
    // SVG <title>/<desc> and Shiki spans make long lines; not an HTML error.
    'long-title': 'off',
    // <!doctype html> in lower case is valid HTML; Astro writes it so.
    'doctype-style': 'off',
    // The search dialog's results are an ARIA listbox on purpose: the combobox pattern needs
    // options with a title, a page and an excerpt, which a native <select> cannot show.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});

test('every built page is valid HTML', async () => {
  const files = listBuiltHtmlFiles(DIST);
  expect(files.length).toBeGreaterThan(10);
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), relative(DIST, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${result.filePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expect(errors).toEqual([]);
});
