import { describe, expect, it } from 'vitest';
import { readTraceStylesId, toTraceStepRules } from '../../../src/lib/traces/step-styles.ts';

describe('toTraceStepRules', () => {
  it('writes one rule per variant pair and one selector list per highlight, one selector a line', () => {
    expect(toTraceStepRules(2, ['a'])).toBe(
      [
        '.dk-trace:has(input[data-variant="a"]:checked) li:not([data-in~="a"]){display:none}',
        '.dk-trace:has(input[data-variant="a"]:checked) svg [data-step]:not([data-in~="a"]){opacity:.2}',
        '.dk-trace:has(input[value="1"]:checked) svg text[data-step="1"],',
        '.dk-trace:has(input[value="2"]:checked) svg text[data-step="2"]{fill:var(--dk-accent)!important;font-weight:700!important}',
        '.dk-trace:has(input[value="1"]:checked) svg :is(line,path)[data-step="1"],',
        '.dk-trace:has(input[value="2"]:checked) svg :is(line,path)[data-step="2"]{stroke:var(--dk-accent)!important;stroke-width:4px!important}',
        '',
      ].join('\n'),
    );
  });

  it('takes a step-through of one step, and refuses none or a fraction', () => {
    expect(toTraceStepRules(1, [])).toContain('[data-step="1"]{fill');
    expect(() => toTraceStepRules(1.5, [])).toThrow('A step-through needs 1 or more steps, got 1.5');
    expect(() => toTraceStepRules(-2, [])).toThrow('A step-through needs 1 or more steps, got -2');
  });
});

describe('readTraceStylesId', () => {
  it('reads only a whole step-through module id', () => {
    expect(readTraceStylesId('virtual:dk-trace/12/local-attached/stop.css')).toEqual({
      steps: 12,
      variants: ['local-attached', 'stop'],
    });
    expect(readTraceStylesId('virtual:dk-trace/1/.css')).toEqual({ steps: 1, variants: [] });
    for (const id of [
      '/x/virtual:dk-trace/2/stop.css',
      'virtual:dk-trace/2/stop.css?inline',
      'virtual:dk-trace/2/Stop.css',
      'virtual:dk-trace/2/stop//rm.css',
      'virtual:dk-trace/two/stop.css',
    ])
      expect(readTraceStylesId(id), id).toBeUndefined();
  });
});
