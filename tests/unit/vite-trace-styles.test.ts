import { describe, expect, it } from 'vitest';
import { toTraceStepRules } from '../../src/lib/traces/step-styles.ts';
import { viteTraceStyles } from '../../src/plugins/vite-trace-styles.ts';

/** Calls a hook the way Vite does, with the plugin as `this` left out: ours read no context. */
function hooks() {
  const plugin = viteTraceStyles();
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (id: string) => string | undefined;
  return { resolveId, load };
}

describe('viteTraceStyles', () => {
  it("serves a step-through's module as the rules generated for its steps and variants", () => {
    const { resolveId, load } = hooks();
    const id = resolveId('virtual:dk-trace/3/pull-attached-rm/stop.css');
    expect(id).toBe('\0virtual:dk-trace/3/pull-attached-rm/stop.css');
    expect(load(id!)).toBe(toTraceStepRules(3, ['pull-attached-rm', 'stop']));
  });

  it('leaves every other module to Vite', () => {
    const { resolveId, load } = hooks();
    expect(resolveId('/src/styles/trace.css')).toBeUndefined();
    expect(load('/src/styles/trace.css')).toBeUndefined();
    expect(load('\0virtual:other')).toBeUndefined();
  });
});
