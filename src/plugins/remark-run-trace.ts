import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { collectProblems } from '../lib/content/file-problems.ts';
import { PARTICIPANT_NAMES, toFenceStepThrough, type StepThrough } from '../lib/traces/step-through.ts';
import { toRunTraces, type RunTraces } from '../lib/traces/run-trace.ts';
import committedTraces from '../data/traces/docker-run.json' with { type: 'json' };

/** Options of {@link remarkRunTrace}. */
export interface Options {
  /**
   * The recorded traces.
   * @default the committed src/data/traces/docker-run.json
   */
  traces?: RunTraces;
}

const SOURCE = 'remark-run-trace';

/** The fence a page writes: ```` ```docker-run-trace id="run" variants="…" caption="…" ```` */
const LANGUAGE = 'docker-run-trace';

function toVariantPicker(model: StepThrough): ElementContent[] {
  if (model.variants.length < 2) return [];
  return [
    h('fieldset.dk-trace__variants', [
      h('legend', 'Which command?'),
      ...model.variants.map((variant, index) =>
        h('label', [
          h('input', {
            type: 'radio',
            name: `${model.id}-variant`,
            value: variant.name,
            dataVariant: variant.name,
            checked: index === 0,
          }),
          ' ',
          h('code', variant.command),
          h('span.dk-trace__variant-note', ` ${variant.summary}`),
        ]),
      ),
    ]),
  ];
}

function toStepList(model: StepThrough): ElementContent {
  return h('fieldset.dk-trace__steps', [
    h('legend', 'Steps: pick one, or move with the arrow keys'),
    h(
      'ol',
      model.steps.map((step, index) => {
        const id = `${model.id}-step-${index + 1}`;
        return h('li', { dataStep: String(index + 1), dataIn: step.variants.join(' '), dataSource: step.source }, [
          h('input', { type: 'radio', name: `${model.id}-step`, id, value: String(index + 1), checked: index === 0 }),
          h('label', { for: id }, [
            h('span.dk-trace__who', `${PARTICIPANT_NAMES[step.from]} → ${PARTICIPANT_NAMES[step.to]}`),
            ' ',
            h('code', step.label),
            step.source === 'documented' ? h('span.dk-trace__documented', ' (not recorded: from documentation)') : '',
          ]),
          h('p.dk-trace__why', step.why),
        ]);
      }),
    ),
  ]);
}

/**
 * Turns a ```` ```docker-run-trace ```` fence into a step-through of a recorded `docker run`:
 * a Mermaid sequence diagram generated from the committed trace (rendered to SVG by the diagram
 * plugin), a radio group per variant, and a real ordered list of the steps that says who does
 * what and why. It needs no JavaScript: CSS highlights the checked step's message.
 */
export const remarkRunTrace: Plugin<[Options?], Root> = (options = {}) => {
  const traces = options.traces ?? toRunTraces(committedTraces);

  return (tree, file: VFile) => {
    // Every step-through is read before the build fails, so one build names every mistake of the page.
    const problems = collectProblems(file, SOURCE);
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== LANGUAGE || !parent || index === undefined) return;
      const result = toFenceStepThrough(traces, node.meta ?? '');
      if (typeof result === 'string') {
        problems.add(result, node.position?.start, 'trace');
        return;
      }
      const model = result;
      const diagram = h('pre', [
        h('code', { className: ['language-mermaid'], metastring: `caption="${model.caption}"` }, model.diagram),
      ]);
      const note = h('p.dk-trace__note', [
        `Recorded on Docker Engine ${traces.engine} with the docker CLI ${traces.client} (API ${traces.apiVersion}), ${traces.recorded}. `,
        'Engine 29 makes the same calls; the API version in each path is newer. Steps marked as not recorded come from documentation.',
      ]);
      parent.children[index] = {
        type: 'dkTrace',
        data: {
          hName: 'div',
          // Out of the search index: forty short steps would dilute the page's ranking for every other query.
          hProperties: { className: ['dk-trace'], dataTrace: model.id, dataPagefindIgnore: 'all' },
          hChildren: [...toVariantPicker(model), diagram, toStepList(model), note],
        },
      } as never;
    });
    problems.failIfAny();
  };
};
