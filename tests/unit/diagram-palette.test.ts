import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_CONFIGS } from '../../src/lib/diagrams/themes.ts';

/**
 * Mermaid needs its colours as plain values at render time, so the diagram palette is written in
 * themes.ts and the page's in tokens.css. Where a diagram colour stands for a page colour (its
 * background, text, accent, soft panels), the two must not drift apart: a diagram on a page whose
 * tokens changed would show the old colours in a box of the new ones.
 */
const SHARED: Readonly<Record<string, string>> = {
  background: '--dk-bg',
  edgeLabelBackground: '--dk-bg',
  textColor: '--dk-text',
  primaryColor: '--dk-accent-soft',
  primaryBorderColor: '--dk-accent',
  actorBkg: '--dk-accent-soft',
  actorBorder: '--dk-accent',
  labelBoxBkgColor: '--dk-accent-soft',
  labelBoxBorderColor: '--dk-accent',
  clusterBkg: '--dk-bg-soft',
};

/** The light and dark values of each `--dk-…: light-dark(#light, #dark)` token. */
function readTokens(): Map<string, { light: string; dark: string }> {
  const css = readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
  const tokens = new Map<string, { light: string; dark: string }>();
  for (const [, name = '', light = '', dark = ''] of css.matchAll(
    /(--dk-[a-z-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)/gi,
  )) {
    tokens.set(name, { light: light.toLowerCase(), dark: dark.toLowerCase() });
  }
  return tokens;
}

/** One of Mermaid's theme variables (typed `any` by Mermaid) in a scheme's configuration. */
function themeVariable(scheme: 'light' | 'dark', name: string): unknown {
  const variables = DIAGRAM_CONFIGS[scheme].themeVariables as Readonly<Record<string, unknown>> | undefined;
  return variables?.[name];
}

describe('the diagram palette', () => {
  const tokens = readTokens();

  it('reads the page tokens it is compared with', () => {
    expect(tokens.get('--dk-bg')).toEqual({ light: '#ffffff', dark: '#0d1117' });
  });

  for (const [variable, token] of Object.entries(SHARED)) {
    it(`uses the page's ${token} for Mermaid's ${variable}, in light and in dark`, () => {
      const expected = tokens.get(token);
      expect(expected, `${token} in src/styles/tokens.css`).toBeDefined();
      const light = themeVariable('light', variable);
      const dark = themeVariable('dark', variable);
      expect({ light: String(light).toLowerCase(), dark: String(dark).toLowerCase() }).toEqual(expected);
    });
  }
});
