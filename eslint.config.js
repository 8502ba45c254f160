// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * One linter, type-aware: ESLint's recommended rules, typescript-eslint's type-checked set and
 * the Astro plugin's. Layout is Prettier's job, so no stylistic rule is turned on here. Every
 * rule turned off or changed carries its reason.
 */
export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'content/.diagrams/',
      'tests/build/fixtures/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // One import per module, so a reader finds everything a file takes from another in one place.
      'no-duplicate-imports': 'error',
      // Exported functions say what they return, so a change of shape is a compile error at the source.
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      // Type imports stay type imports, so a browser bundle never pulls a build-time module for a type.
      // import('…') types stay allowed: they keep a lazily loaded module's type beside its dynamic import.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Off: tsconfig's strictest sets noPropertyAccessFromIndexSignature, which requires the
      // bracket form (properties['href']) that this rule would rewrite to dot notation.
      '@typescript-eslint/dot-notation': 'off',
    },
  },
  {
    // Tests import what they test from src/: a script is a command, and logic a script and a test
    // share lives in src/node/ (or tests/), so changing a script never changes what a test checks.
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/scripts/*', '**/scripts/**'],
              message: 'Move the shared logic to src/node/ and import it from there.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript config files have no types to check.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      // Off: these files carry // @ts-check, and TypeScript knows Node's globals (process, URL).
      'no-undef': 'off',
    },
  },
  {
    // Off for components and routes: astro-eslint-parser hands ESLint a virtual TSX file that the
    // TypeScript project does not contain, so `astro:content` types resolve to errors there and
    // every use reads as unsafe. `astro check` type-checks these files instead.
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      // Off: a route's getStaticPaths is typed by what it returns, which Astro reads as the props.
      '@typescript-eslint/explicit-module-boundary-types': 'off',
    },
  },
);
