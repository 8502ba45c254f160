/**
 * The rules of a step-through that CSS cannot write once: the checked step radio highlights its
 * own message in the diagram, and the checked variant hides the steps it does not have. A selector
 * cannot compare two attributes, so there is one selector per step and a pair of rules per
 * variant, generated for the page's step-through rather than written out by hand.
 */

/** The module a page imports for a step-through of `steps` steps and these variants. */
export function toTraceStylesId(steps: number, variants: readonly string[]): string {
  return `virtual:dk-trace/${steps}/${variants.join('/')}.css`;
}

/** Reads {@link toTraceStylesId} back; undefined for any other module id. */
export function readTraceStylesId(id: string): { steps: number; variants: string[] } | undefined {
  // Variant names between single slashes; one character at a time, so a long id cannot backtrack.
  const match = /^virtual:dk-trace\/(\d+)\/((?:[a-z0-9-]\/?)*)\.css$/.exec(id);
  if (!match) return undefined;
  // Stryker disable next-line StringLiteral: group 2 always takes part in a match (perhaps empty); the fallback only satisfies the types
  return { steps: Number(match[1]), variants: (match[2] ?? '').split('/').filter(Boolean) };
}

function toVariantRules(variant: string): string {
  const checked = `.dk-trace:has(input[data-variant="${variant}"]:checked)`;
  return (
    `${checked} li:not([data-in~="${variant}"]){display:none}\n` +
    `${checked} svg [data-step]:not([data-in~="${variant}"]){opacity:.2}`
  );
}

function toStepSelectors(steps: number, target: string): string {
  return Array.from(
    { length: steps },
    (_, index) => `.dk-trace:has(input[value="${index + 1}"]:checked) ${target}[data-step="${index + 1}"]`,
  ).join(',\n');
}

/**
 * Returns the generated rules: per variant, its hidden steps and greyed-out messages; per step,
 * its message's label bold and its arrow thicker, in the accent colour.
 *
 * @example toTraceStepRules(1, ['stop']) // '.dk-trace:has(input[data-variant="stop"]:checked) li:not(…'
 */
export function toTraceStepRules(steps: number, variants: readonly string[]): string {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`A step-through needs 1 or more steps, got ${steps}`);
  return [
    ...variants.map(toVariantRules),
    `${toStepSelectors(steps, 'svg text')}{fill:var(--dk-accent)!important;font-weight:700!important}`,
    `${toStepSelectors(steps, 'svg :is(line,path)')}{stroke:var(--dk-accent)!important;stroke-width:4px!important}`,
    '',
  ].join('\n');
}
