import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

/** One cached diagram as the merged stylesheet sees it. */
export interface CachedDiagram {
  /** The diagram's SVG, as cached. */
  readonly svg: string;
  /** The rules only this diagram needs: its style classes, colour pairs of its own, its minimum width. */
  readonly rules: readonly string[];
}

/** Splits minified CSS into its top-level rules (an at-rule with its block counts as one). */
export function toTopLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  // Stryker disable next-line EqualityOperator: css[css.length] is undefined and changes nothing
  for (let index = 0; index < css.length; index += 1) {
    if (css[index] === '{') depth += 1;
    else if (css[index] === '}' && --depth === 0) {
      rules.push(css.slice(start, index + 1).trim());
      start = index + 1;
    }
  }
  return rules;
}

/** Pseudo-classes that depend on the reader (hover, focus) and pseudo-elements: what is left says which element. */
const STATE_PSEUDO =
  /::?(?:hover|focus-visible|focus-within|focus|active|visited|link|before|after|marker|selection)\b/g;

/**
 * Whether a selector matches an element of one of the trees. A selector the matcher cannot read
 * counts as matching (an empty one, left of `::selection` alone, among them), so a rule is only
 * ever dropped when it certainly styles nothing.
 */
function matchesAny(selector: string, trees: readonly Root[]): boolean {
  const structural = selector.replace(STATE_PSEUDO, '').trim();
  try {
    return trees.some((tree) => select(structural, tree, 'svg') !== undefined);
  } catch {
    return true;
  }
}

function isPaletteRule(rule: string): boolean {
  return rule.startsWith(':root{');
}

/** The custom property a palette rule declares: `:root{--a:…}` gives `--a`. */
function toPaletteProperty(rule: string): string {
  return rule.slice(':root{'.length, rule.indexOf(':', ':root{'.length));
}

/** Keeps the Mermaid rules that style an element of some diagram, and the keyframes those use. */
function toUsedSharedRules(shared: readonly string[], trees: readonly Root[]): string[] {
  const styleRules = shared.filter((rule) => !rule.startsWith('@') && !isPaletteRule(rule));
  const used = new Set(
    // The matcher reads a whole selector list (`a, b:hover`): a rule is used when any of its selectors is.
    styleRules.filter((rule) => matchesAny(rule.slice(0, rule.indexOf('{')), trees)),
  );
  const declarations = [...used].join('');
  return shared.filter((rule) => {
    if (used.has(rule)) return true;
    const keyframes = /^@keyframes\s+([\w-]+)/.exec(rule);
    if (keyframes) return new RegExp(`animation(?:-name)?:[^;}]*\\b${keyframes[1]}\\b`).test(declarations);
    // Other at-rules (none today) are kept: they are not matched against elements.
    return rule.startsWith('@');
  });
}

/** Rules that declare the palette come first, then the zero-specificity attribute rules, then the rest. */
function toRuleRank(rule: string): number {
  if (isPaletteRule(rule)) return 0;
  if (rule.startsWith(':where(')) return 1;
  return 2;
}

function byRankThenText(a: string, b: string): number {
  return toRuleRank(a) - toRuleRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Returns the one stylesheet every diagram on the site needs. `shared` holds what diagrams of a
 * type have in common: Mermaid's stylesheet for the type, in Mermaid's order (later rules win, so
 * the order is kept), and the colour pairs named after theme variables. Of those, it keeps the
 * rules that style an element of some cached diagram, the keyframes they animate with and the
 * colours something uses; then each diagram's own rules, each once.
 *
 * @example toDiagramStylesheet([{ svg: '<svg class="a"></svg>', rules: ['.k{x:1}'] }], ['.a{y:2}', '.b{z:3}'])
 * // header + '.a{y:2}\n.k{x:1}\n'
 */
export function toDiagramStylesheet(diagrams: readonly CachedDiagram[], shared: readonly string[]): string {
  const trees = diagrams.map((diagram): Root => fromHtml(diagram.svg, { fragment: true }));
  const sharedRules = toUsedSharedRules([...new Set(shared)], trees);
  const own = [...new Set(diagrams.flatMap((diagram) => diagram.rules))].filter((rule) => !sharedRules.includes(rule));
  const text = [...sharedRules, ...own, ...diagrams.map((diagram) => diagram.svg)].join('\n');
  const palette = [...new Set(shared.filter(isPaletteRule))].filter((rule) =>
    text.includes(`var(${toPaletteProperty(rule)})`),
  );
  const rules = [
    ...[...palette, ...own.filter((rule) => toRuleRank(rule) < 2)].toSorted(byRankThenText),
    // toUsedSharedRules has already left the palette out.
    ...sharedRules,
    ...own.filter((rule) => toRuleRank(rule) === 2).toSorted(byRankThenText),
  ];
  return `/* Generated from content/.diagrams/*.css by src/node/diagram-store.ts: do not edit. */\n${rules.join('\n')}\n`;
}
