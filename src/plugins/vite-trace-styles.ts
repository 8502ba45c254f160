import type { Plugin } from 'vite';
import { readTraceStylesId, toTraceStepRules } from '../lib/traces/step-styles.ts';

/** Vite's marker for a module that is no file on disk. */
const VIRTUAL = '\0';

/**
 * Serves the per-step rules of a step-through (`virtual:dk-trace/<steps>/<variants>.css`, which
 * rehype-run-trace-steps imports on a page that has one) as CSS generated from the page's trace.
 */
export function viteTraceStyles(): Plugin {
  return {
    name: 'dk:trace-styles',
    resolveId(id) {
      return readTraceStylesId(id) ? `${VIRTUAL}${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return undefined;
      const styles = readTraceStylesId(id.slice(VIRTUAL.length));
      return styles ? toTraceStepRules(styles.steps, styles.variants) : undefined;
    },
  };
}
