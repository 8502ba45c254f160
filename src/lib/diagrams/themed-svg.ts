import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { toTopLevelRules } from './stylesheet.ts';
import { DIAGRAM_CONFIGS } from './themes.ts';

/**
 * How far a diagram may shrink to fit a narrow column before it scrolls sideways instead: below
 * this its labels drop under about 11 px and stop being readable.
 */
export const MIN_SCALE = 0.75;

/** One diagram, sent once: an SVG without inline styles, and the CSS rules it needs. */
export interface ThemedDiagram {
  /** The SVG, its colours `var(--dk-mm-…)` custom properties, its ids unique to the diagram. */
  readonly svg: string;
  /** Mermaid's name of the diagram type, e.g. `flowchart-v2`: it scopes the shared rules. */
  readonly type: string;
  /** The rules only this diagram needs (its style classes, its own colour pairs, its minimum width). */
  readonly rules: readonly string[];
  /**
   * The rules every diagram of its type shares, each complete, in Mermaid's order: Mermaid's
   * stylesheet scoped to the type, and the colour pairs named after theme variables.
   */
  readonly shared: readonly string[];
}

/**
 * A colour as Mermaid writes it: `#rgb`, `#rrggbb`, `#rrggbbaa`, or a functional colour. The
 * look-behind and look-ahead keep id selectors such as `#dk-mm-…` out.
 */
const COLOUR = /(?<![\w-])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])|\b(?:rgba?|hsla?)\([^)]*\)/gi;

/** Mermaid attributes the HTML spec does not allow on these SVG elements (the W3C checker says so). */
const INVALID_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  rect: ['name'],
  line: ['name'],
  g: ['dataType'],
  circle: ['width', 'height'],
};

/**
 * Data Mermaid leaves for its own scripts: `data-points` holds each edge's points as base64 JSON,
 * which gzip cannot shrink and no reader needs.
 */
const SCRIPT_DATA = ['dataPoints', 'dataEt', 'dataId', 'dataEdge', 'dataLook', 'dataFrom', 'dataTo'] as const;

/** Geometry attributes whose numbers Mermaid writes to 15 digits; a hundredth of a pixel is plenty. */
const GEOMETRY = new Set([
  'd',
  'points',
  'transform',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'viewBox',
]);

/** Rounds every decimal in an attribute; path data may run numbers together (`1.5.25`), so a space keeps them apart. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (number, offset: number) => {
    const rounded = String(Math.round(Number(number) * 100) / 100);
    return /[\d.]/.test(value[offset - 1] ?? '') ? ` ${rounded}` : rounded;
  });
}

/** Returns the id prefix every id inside one diagram starts with. */
export function toDiagramIdPrefix(key: string): string {
  return `dk-mm-${key}`;
}

function toKebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Names a light/dark colour pair after the Mermaid theme variable that holds it, when one does. */
function toThemeColourNames(): Map<string, string> {
  const names = new Map<string, string>();
  // Mermaid types its theme variables as `any`; they are a record of strings and numbers.
  const light = (DIAGRAM_CONFIGS.light.themeVariables ?? {}) as Record<string, unknown>;
  const dark = (DIAGRAM_CONFIGS.dark.themeVariables ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(light)) {
    const other = dark[name];
    if (typeof value !== 'string' || typeof other !== 'string' || !value.startsWith('#')) continue;
    const pair = `${value.toLowerCase()}|${other.toLowerCase()}`;
    if (!names.has(pair)) names.set(pair, `--dk-mm-${toKebab(name)}`);
  }
  return names;
}

/** Returns the first 8 hex digits of a text's hash, which name a class or a colour pair after their content. */
type ShortHash = (text: string) => string;

/** Wraps the caller's hash, failing clearly when it does not give hex digits to name classes with. */
function toShortHasher(hash: (text: string) => string): ShortHash {
  return (text) => {
    const digest = hash(text).slice(0, 8);
    if (!/^[0-9a-f]{8}$/.test(digest)) {
      throw new TypeError(
        `toThemedDiagram: "hash" must return hex digits, such as a SHA-256 in hex; got ${JSON.stringify(digest)}`,
      );
    }
    return digest;
  };
}

/** Returns the custom property of a colour pair: a theme variable's name, or one derived from both colours. */
function toColourProperty(
  light: string,
  dark: string,
  names: ReadonlyMap<string, string>,
  toShortHash: ShortHash,
): string {
  const pair = `${light.toLowerCase()}|${dark.toLowerCase()}`;
  return names.get(pair) ?? `--dk-mm-c${toShortHash(pair)}`;
}

/**
 * Merges the light and dark renders of one diagram. Mermaid draws both from the same source with
 * the same fonts and sizes, so they differ only in colours: each colour that differs becomes a
 * custom property whose value is `light-dark(light, dark)`, and the page's colour scheme (the
 * theme toggle sets it) picks one. Throws when the renders differ in anything but colour.
 */
function mergeColours(
  light: string,
  dark: string,
  toShortHash: ShortHash,
): { text: string; palette: Map<string, string> } {
  const lightParts = light.split(COLOUR);
  const darkParts = dark.split(COLOUR);
  const lightColours = light.match(COLOUR) ?? [];
  const darkColours = dark.match(COLOUR) ?? [];
  // Some shapes (rounded boxes) are drawn with random curve points, so numbers may differ too.
  const shape = (part: string | undefined): string => (part ?? '').replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, '0');
  const at = lightParts.findIndex((part, index) => shape(part) !== shape(darkParts[index]));
  if (at !== -1 || lightParts.length !== darkParts.length) {
    // The text before the differing part: the parts before it and the colours between them.
    const before = Math.max(at, 0);
    const where = [...lightParts.slice(0, before), ...lightColours.slice(0, before)].join('').length;
    throw new Error(
      `the light and dark renders differ in more than colour and coordinates near character ${where} ` +
        `(${JSON.stringify(light.slice(where, where + 60))}); check DIAGRAM_CONFIGS in src/lib/diagrams/themes.ts`,
    );
  }
  const names = toThemeColourNames();
  const palette = new Map<string, string>();
  let text = lightParts[0] ?? '';
  lightColours.forEach((lightColour, index) => {
    const darkColour = darkColours[index] ?? lightColour;
    if (lightColour.toLowerCase() === darkColour.toLowerCase()) {
      text += lightColour;
    } else {
      const property = toColourProperty(lightColour, darkColour, names, toShortHash);
      palette.set(property, `light-dark(${lightColour}, ${darkColour})`);
      text += `var(${property})`;
    }
    text += lightParts[index + 1] ?? '';
  });
  return { text, palette };
}

/**
 * Mermaid's "neo" look, which we do not use: its rules match `[data-look="neo"]` and point at
 * each diagram's own gradient, so they would not be shared anyway.
 */
function isNeoLookRule(rule: string): boolean {
  const selectors = rule.slice(0, rule.indexOf('{')).split(',');
  return rule.includes('url(#') || selectors.every((selector) => selector.includes('[data-look="neo"]'));
}

/** Reads `a: b; c: d` into declarations, dropping empty ones and repeats (`fill:none;;;fill:none`). */
function toDeclarations(style: string): string[] {
  const declarations = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon === -1) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim();
    if (property && value) declarations.set(property, value);
  }
  return [...declarations].map(([property, value]) => `${property}:${value}`);
}

/** Gives every id inside the SVG the diagram's prefix, and follows every reference to it. */
function prefixIds(svg: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  visit(svg, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && !id.includes(prefix)) renamed.set(id, `${prefix}-${id}`);
  });
  if (renamed.size === 0) return;
  const rename = (id: string): string => renamed.get(id) ?? id;
  visit(svg, 'element', (node) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (name === 'id' && typeof value === 'string') node.properties[name] = rename(value);
      else if (Array.isArray(value) && /^aria(Labelledby|Describedby)$/.test(name)) {
        node.properties[name] = value.map((token) => rename(String(token)));
      } else if (typeof value === 'string' && value.includes('#')) {
        node.properties[name] = value
          .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
          .replace(/^#(.+)$/, (_, id: string) => `#${rename(id)}`);
      }
    }
  });
}

/**
 * Returns one SVG for both themes from Mermaid's light and dark renders of a diagram, with the CSS
 * rules it needs. What the CSP forbids inline moves into rules: Mermaid's `<style>` (scoped to the
 * diagram type instead of the diagram, so diagrams of one type share it), every `style` attribute
 * (a class whose rule is `!important`, which is how a style attribute wins), and every colour
 * attribute that differs between themes. It also turns `title` attributes into SVG `<title>`
 * elements, removes attributes HTML does not allow, and prefixes Mermaid's unprefixed ids.
 *
 * @param light Mermaid's SVG rendered with `DIAGRAM_CONFIGS.light` and id prefix `<prefix>-light`.
 * @param dark The same with `DIAGRAM_CONFIGS.dark` and `<prefix>-dark`.
 * @param key The diagram's content address, which names its ids.
 * @param hash A hash in hex (the build passes SHA-256, `toSha256Hex` in src/node/hash.ts): its
 *   first 8 digits name each style class and unnamed colour pair after its content, so this module
 *   needs no crypto of its own.
 */
export function toThemedDiagram(
  light: string,
  dark: string,
  key: string,
  hash: (text: string) => string,
): ThemedDiagram {
  const toShortHash = toShortHasher(hash);
  const prefix = toDiagramIdPrefix(key);
  const unscheme = (svg: string, scheme: string): string => svg.replaceAll(`${prefix}-${scheme}-0`, prefix);
  const { text, palette } = mergeColours(unscheme(light, 'light'), unscheme(dark, 'dark'), toShortHash);
  const tree: Root = fromHtml(text, { fragment: true });
  const [svg] = tree.children;
  if (svg?.type !== 'element' || svg.tagName !== 'svg') {
    throw new Error('Mermaid returned something other than one <svg> element');
  }
  const type = String(svg.properties['ariaRoleDescription'] ?? 'diagram');
  const typeClass = `dk-mm--${type}`;
  const themeNames = new Set(toThemeColourNames().values());
  const rules: string[] = [];
  const shared: string[] = [];
  for (const [property, value] of palette)
    (themeNames.has(property) ? shared : rules).push(`:root{${property}:${value}}`);

  visit(svg, 'element', (node, index, parent) => {
    delete node.position;
    if (node.tagName === 'style' && parent && index !== undefined) {
      const scope = new RegExp(`#${prefix}(?![\\w-])`, 'g');
      for (const rule of toTopLevelRules(toString(node))) {
        if (!isNeoLookRule(rule)) shared.push(rule.replace(scope, `.${typeClass}`));
      }
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });

  const [, , naturalWidth = 0] = String(svg.properties['viewBox'] ?? '')
    .split(/\s+/)
    .map(Number);
  visit(svg, 'element', (node) => {
    const classes = (Array.isArray(node.properties['className']) ? node.properties['className'] : []).map(String);
    for (const name of INVALID_ATTRIBUTES[node.tagName] ?? []) delete node.properties[name];
    for (const name of SCRIPT_DATA) delete node.properties[name];
    for (const [name, value] of Object.entries(node.properties)) {
      if (GEOMETRY.has(name) && typeof value === 'string') node.properties[name] = roundNumbers(value);
      else if (GEOMETRY.has(name) && typeof value === 'number') node.properties[name] = Math.round(value * 100) / 100;
    }
    const title = node.properties['title'];
    if (typeof title === 'string' && node.tagName !== 'svg') {
      delete node.properties['title'];
      node.children.unshift({
        type: 'element',
        tagName: 'title',
        properties: {},
        children: [{ type: 'text', value: title }],
      });
    }
    const style = node === svg ? [] : toDeclarations(String(node.properties['style'] ?? ''));
    delete node.properties['style'];
    if (style.length > 0) {
      const body = style.map((declaration) => `${declaration}!important`).join(';');
      const name = `dk-mm-s${toShortHash(body)}`;
      rules.push(`.${name}{${body}}`);
      classes.push(name);
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value !== 'string' || !value.includes('var(--dk-mm-')) continue;
      // A presentation attribute loses to every rule, so its replacement has no specificity.
      const property = toKebab(name);
      const body = `${property}:${value}`;
      const className = `dk-mm-a${toShortHash(body)}`;
      rules.push(`:where(.${className}){${body}}`);
      classes.push(className);
      delete node.properties[name];
    }
    if (classes.length > 0) node.properties['className'] = classes;
  });

  // Mermaid sizes the SVG with an inline max-width; an intrinsic width does the same without one.
  svg.properties['width'] = String(Math.round(naturalWidth));
  svg.properties['className'] = [
    ...(Array.isArray(svg.properties['className']) ? svg.properties['className'].map(String) : []),
    'dk-mm',
    typeClass,
    toMinWidthClass(naturalWidth),
  ];
  rules.push(toMinWidthRule(naturalWidth));
  prefixIds(svg, prefix);
  return { svg: toHtml(svg), type, rules: [...new Set(rules)], shared: [...new Set(shared)] };
}

function toMinWidth(naturalWidth: number): number {
  return Math.round(naturalWidth * MIN_SCALE);
}

function toMinWidthClass(naturalWidth: number): string {
  return `dk-mm-min${toMinWidth(naturalWidth)}`;
}

function toMinWidthRule(naturalWidth: number): string {
  return `.${toMinWidthClass(naturalWidth)}{min-width:${toMinWidth(naturalWidth)}px}`;
}
