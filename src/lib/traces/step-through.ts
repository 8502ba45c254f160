import { readMetaAttribute } from '../content/code-meta.ts';
import type { RunTraces } from './run-trace.ts';
import { mergeRunSteps, toRunSteps, toSequenceDiagram, type MergedStep } from './run-steps.ts';

export { PARTICIPANT_NAMES } from './run-steps.ts';

/** What a reader is told each variant is, beside its command. */
export const VARIANT_SUMMARIES: Record<string, string> = {
  'pull-attached-rm': 'the image is not local yet, so it is pulled; attached; removed on exit',
  'local-attached-rm': 'the image is already local; attached; removed on exit',
  'local-attached': 'attached, without --rm: the exited container stays',
  'local-detached': 'detached with -d: the CLI prints the ID and returns',
  stop: 'docker stop on a container whose main process ignores SIGTERM',
};

/** Everything a step-through block shows, built from the traces. */
export interface StepThrough {
  id: string;
  caption: string;
  variants: { name: string; command: string; summary: string }[];
  steps: MergedStep[];
  diagram: string;
}

/**
 * Builds a step-through from the traces, or returns what is wrong with the fence's attributes.
 * @example toTraceStepThrough(traces, { id: 'run', variants: 'local-attached-rm', caption: '…' })
 */
export function toTraceStepThrough(
  traces: RunTraces,
  attributes: { id: string | undefined; variants: string | undefined; caption: string | undefined },
): StepThrough | string {
  const known = Object.keys(traces.variants);
  if (!attributes.id || !/^[a-z][a-z0-9-]*$/.test(attributes.id)) {
    return 'A docker-run-trace block needs id="…" (lowercase letters, digits and hyphens), unique on its page: it names the radio groups';
  }
  if (!attributes.caption)
    return 'A docker-run-trace block needs caption="…": a sentence that says what the diagram shows';
  // Stryker disable next-line Regex: \s and \s+ give the same names once the empty parts are filtered out
  const names = (attributes.variants ?? '').split(/\s+/).filter(Boolean);
  if (names.length === 0) return `A docker-run-trace block needs variants="…", from: ${known.join(', ')}`;
  const unknown = names.find((name) => !traces.variants[name]);
  if (unknown)
    return `No recorded variant "${unknown}" in src/data/traces/docker-run.json; recorded: ${known.join(', ')}`;
  const steps = mergeRunSteps(names.map((name) => [name, toRunSteps(traces.variants[name]!)] as const));
  const variants = names.map((name) => ({
    name,
    command: traces.variants[name]!.command,
    summary: VARIANT_SUMMARIES[name] ?? '',
  }));
  const description = `A sequence of ${steps.length} messages between ${[...new Set(steps.flatMap((step) => [step.from, step.to]))].join(', ')} for ${variants.map((variant) => variant.command).join('; ')}. Each message is also a step in the list after the diagram.`;
  return {
    id: attributes.id,
    caption: attributes.caption,
    variants,
    steps,
    diagram: toSequenceDiagram(steps, `What ${variants[0]!.command} does`, description),
  };
}

/**
 * Builds the step-through a ```` ```docker-run-trace ```` fence asks for, from its meta string:
 * the one reading of the fence for the page and for the diagram cache.
 * @example toFenceStepThrough(traces, 'id="run" variants="local-attached-rm" caption="…"')
 */
export function toFenceStepThrough(traces: RunTraces, meta: string): StepThrough | string {
  return toTraceStepThrough(traces, {
    id: readMetaAttribute(meta, 'id'),
    variants: readMetaAttribute(meta, 'variants'),
    caption: readMetaAttribute(meta, 'caption'),
  });
}
