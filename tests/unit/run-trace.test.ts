import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import committed from '../../src/data/traces/docker-run.json' with { type: 'json' };
import { toRunTraces } from '../../src/lib/traces/run-trace.ts';
import { mergeRunSteps, toDiagramLabel, toRunSteps } from '../../src/lib/traces/run-steps.ts';
import { readTraceStylesId, toTraceStepRules, toTraceStylesId } from '../../src/lib/traces/step-styles.ts';
import { toTraceStepThrough } from '../../src/lib/traces/step-through.ts';
import { rehypeRunTraceSteps } from '../../src/plugins/rehype-run-trace-steps.ts';
import { remarkRunTrace } from '../../src/plugins/remark-run-trace.ts';

const TRACES = toRunTraces(committed);
const NAMES = Object.keys(TRACES.variants);
const variant = (name: string) => TRACES.variants[name]!;
const messages = (name: string) => variant(name).calls.map((call) => call.message);

describe('the recorded docker run traces', () => {
  it('name the engine and client they were recorded with', () => {
    expect(TRACES.engine).toMatch(/^\d+\.\d+\.\d+/);
    expect(TRACES.client).toMatch(/^\d+\.\d+\.\d+$/);
    expect(NAMES).toEqual(['pull-attached-rm', 'local-attached-rm', 'local-attached', 'local-detached', 'stop', 'rm']);
  });

  it('show a missing image answered with 404, then a pull, then the same create again', () => {
    const calls = messages('pull-attached-rm');
    const firstCreate = calls.indexOf('POST /v1.41/containers/create');
    expect(calls[firstCreate + 1]).toBe('404 Not Found No such image: localhost:5000/demo/busybox:1');
    expect(calls[firstCreate + 2]).toMatch(/^POST \/v1\.41\/images\/create\?fromImage=/);
    expect(calls.lastIndexOf('POST /v1.41/containers/create')).toBeGreaterThan(calls.indexOf('GET /v2/'));
    expect(variant('pull-attached-rm').stderr[0]).toBe("Unable to find image 'localhost:5000/demo/busybox:1' locally");
    expect(variant('pull-attached-rm').stdout).toEqual(['hi']);
  });

  it('fetch the manifest by digest, then the config, then the layer', () => {
    const registry = variant('pull-attached-rm')
      .calls.filter((call) => call.to === 'registry')
      .map((call) => call.message);
    expect(registry).toEqual([
      'GET /v2/',
      'HEAD /v2/demo/busybox/manifests/1',
      'GET /v2/demo/busybox/manifests/sha256:<manifest>',
      'GET /v2/demo/busybox/blobs/sha256:<config>',
      'GET /v2/demo/busybox/blobs/sha256:<layer>',
    ]);
  });

  it('wait before start in every run, removed with --rm and next-exit without; attach only in the foreground', () => {
    for (const name of ['pull-attached-rm', 'local-attached-rm', 'local-attached', 'local-detached']) {
      const calls = messages(name);
      const wait = calls.findIndex((message) => message.includes('/wait?condition='));
      const start = calls.findIndex((message) => message.endsWith('/start'));
      expect(wait, name).toBeGreaterThan(-1);
      expect(wait, name).toBeLessThan(start);
      expect(calls[wait], name).toContain(
        variant(name).command.includes('--rm') ? 'condition=removed' : 'condition=next-exit',
      );
      expect(
        calls.some((message) => message.includes('/attach')),
        name,
      ).toBe(!variant(name).command.includes(' -d '));
    }
  });

  it('stop with SIGTERM, then SIGKILL when the timeout runs out, ending in exit code 137', () => {
    expect(messages('stop').filter((message) => message.startsWith('kill'))).toEqual([
      'kill, signal 15',
      'kill, signal 9',
    ]);
    expect(variant('stop').events).toContain('container die (exit 137)');
  });
});

describe('the step-through built from the traces', () => {
  it('explains every recorded message in words of its own', () => {
    for (const name of NAMES) {
      for (const step of toRunSteps(variant(name)))
        expect(step.why, `${name}: ${step.label}`).not.toBe('A call recorded in the trace.');
    }
  });

  it('keeps every recorded message, in order, and marks what it adds', () => {
    const added = (label: string) => /^(stderr|stdout|attach stream): /.test(label);
    for (const name of NAMES) {
      const steps = toRunSteps(variant(name)).filter((step) => step.source === 'recorded' && !added(step.label));
      expect(
        steps.map((step) => `${step.from}>${step.to}`),
        name,
      ).toEqual(variant(name).calls.map((call) => `${call.from}>${call.to}`));
    }
    const documented = toRunSteps(variant('pull-attached-rm')).filter((step) => step.source === 'documented');
    expect(documented.map((step) => step.label)).toEqual([
      'Docker Hub only: 401, then a bearer token',
      'runc create, runc start',
    ]);
  });

  it('explains each answer by the request it answers, not by the message recorded just before it', () => {
    const whyOf = (name: string, label: string) =>
      toRunSteps(variant(name))
        .filter((step) => step.label === label && step.arrow === 'answer')
        .map((step) => step.why);
    // The pull's answer is recorded after the daemon's registry calls.
    expect(whyOf('pull-attached-rm', '200 OK')).toEqual([
      'The daemon answers; its headers carry the API version, which the CLI uses for every call after this.',
      'The daemon streams the pull’s progress back as JSON lines; the CLI draws them as the progress you see on stderr.',
      'The wait’s answer starts now but its body (the exit code) only comes when the container exits.',
    ]);
    // A short container's exit is recorded before the start's 204; the stop's 204 follows events too.
    expect(whyOf('local-attached', '204 No Content')[0]).toMatch(/^The start request returns/);
    expect(whyOf('stop', '204 No Content')).toEqual([
      'The stop request returns only once the container has stopped, here after the SIGKILL; docker stop then prints the name it was given.',
    ]);
    expect(whyOf('rm', '204 No Content')).toEqual(['Done: the daemon answers with an empty 204.']);
  });

  it('tells the create after a pull from the first one', () => {
    const creates = toRunSteps(variant('pull-attached-rm')).filter((step) => step.label === 'POST /containers/create');
    expect(creates.map((step) => step.why)).toEqual([
      'The CLI asks the daemon to create the container from the image, with everything on the command line as JSON. It does not check first whether the image exists.',
      'Now that the image is local, the CLI sends the same create request again.',
    ]);
  });

  it('merges the variants into one diagram in which each variant finds exactly its own steps', () => {
    const perVariant = NAMES.map((name) => [name, toRunSteps(variant(name))] as const);
    const merged = mergeRunSteps(perVariant);
    for (const [name, steps] of perVariant) {
      expect(
        merged.filter((step) => step.variants.includes(name)).map((step) => step.label),
        name,
      ).toEqual(steps.map((step) => step.label));
    }
  });

  it('draws one message per step, in order, with the short label', () => {
    const model = toTraceStepThrough(TRACES, { id: 'run', variants: NAMES.join(' '), caption: 'c' });
    if (typeof model === 'string') throw new Error(model);
    const drawn = model.diagram.split('\n').filter((line) => /^ {2}\w+(->>|-->>|--\))\w+: /.test(line));
    expect(drawn.length).toBe(model.steps.length);
    drawn.forEach((line, index) => {
      const step = model.steps[index]!;
      expect(line.startsWith(`  ${step.from}`)).toBe(true);
      expect(line.replace(/#58;/g, ':').replace(/#35;/g, '#')).toContain(toDiagramLabel(step.label));
    });
  });

  it('shortens labels so five lanes fit a column', () => {
    expect(toDiagramLabel('POST /containers/{id}/wait?condition=removed')).toBe('POST wait (removed)');
    expect(toDiagramLabel('404 Not Found No such image: localhost:5000/demo/busybox:1')).toBe('404 No such image');
    expect(toDiagramLabel('GET /v2/demo/busybox/blobs/{config digest}')).toBe('GET blobs/{config}');
    expect(toDiagramLabel('POST /images/create?fromImage=localhost:5000/demo/busybox&tag=1')).toBe(
      'POST /images/create (pull)',
    );
  });

  it('says what is wrong with a block, listing what was recorded', () => {
    expect(toTraceStepThrough(TRACES, { id: undefined, variants: 'stop', caption: 'c' })).toMatch(/needs id="…"/);
    expect(toTraceStepThrough(TRACES, { id: 'run', variants: 'stop', caption: undefined })).toMatch(
      /needs caption="…"/,
    );
    expect(toTraceStepThrough(TRACES, { id: 'run', variants: 'pull local', caption: 'c' })).toBe(
      'No recorded variant "pull" in src/data/traces/docker-run.json; recorded: pull-attached-rm, local-attached-rm, local-attached, local-detached, stop, rm',
    );
  });

  it('asks for an id that can name radio groups, and for at least one variant', () => {
    const problem = (id: string | undefined, variants: string | undefined) =>
      toTraceStepThrough(TRACES, { id, variants, caption: 'c' });
    for (const id of ['', 'Run', '1run', 'run step', 'run_1'])
      expect(problem(id, 'stop'), id).toBe(
        'A docker-run-trace block needs id="…" (lowercase letters, digits and hyphens), unique on its page: it names the radio groups',
      );
    expect(problem('run-2', 'stop')).toMatchObject({ id: 'run-2' });
    for (const variants of [undefined, '', '  '])
      expect(problem('run', variants)).toBe(
        'A docker-run-trace block needs variants="…", from: pull-attached-rm, local-attached-rm, local-attached, local-detached, stop, rm',
      );
    expect(problem('run', ' stop  rm ')).toMatchObject({ variants: [{ name: 'stop' }, { name: 'rm', summary: '' }] });
  });

  it('refuses trace data with a call between programs it does not know', () => {
    const broken = structuredClone(committed) as { variants: Record<string, { calls: { from: string }[] }> };
    broken.variants['stop']!.calls[0]!.from = 'kubelet';
    expect(() => toRunTraces(broken)).toThrow(/variant "stop" has a call between unknown programs/);
  });
});

describe('toRunTraces', () => {
  const withChange = (change: (data: Record<string, unknown>) => void): unknown => {
    const data = structuredClone(committed) as unknown as Record<string, unknown>;
    change(data);
    return data;
  };
  const variants = (data: Record<string, unknown>) => data['variants'] as Record<string, Record<string, unknown>>;

  const cases: [string, () => unknown, RegExp][] = [
    ['not an object', () => 'traces', /expected an object with "variants"/],
    ['no variants', () => withChange((data) => delete data['variants']), /expected an object with "variants"/],
    ...['recorded', 'engine', 'client', 'apiVersion', 'how'].map((field): [string, () => unknown, RegExp] => [
      `"${field}" missing`,
      () => withChange((data) => (data[field] = 29)),
      new RegExp(`"${field}" must be a string`),
    ]),
    [
      'a variant without its command',
      () => withChange((data) => delete variants(data)['rm']!['command']),
      /variant "rm" needs "command" and "calls"/,
    ],
    [
      'a variant whose calls are not a list',
      () => withChange((data) => (variants(data)['rm']!['calls'] = {})),
      /variant "rm" needs "command" and "calls"/,
    ],
    [
      'a variant that is not an object',
      () => withChange((data) => ((data['variants'] as Record<string, unknown>)['rm'] = 'docker rm')),
      /variant "rm" needs "command" and "calls"/,
    ],
    [
      'a call to an unknown program',
      () => withChange((data) => ((variants(data)['rm']!['calls'] as Record<string, unknown>[])[0]!['to'] = 'kubelet')),
      /variant "rm" has a call between unknown programs: \{.*"kubelet"/,
    ],
    [
      'a call that is not an object',
      () => withChange((data) => ((variants(data)['rm']!['calls'] as unknown[])[0] = null)),
      /variant "rm" has a call between unknown programs: null/,
    ],
  ];

  it.each(cases)('refuses trace data with %s', (_, data, message) => {
    expect(() => toRunTraces(data())).toThrow(message);
  });

  it('accepts the committed traces as they are', () => {
    expect(toRunTraces(committed)).toBe(committed);
  });
});

describe('what a reader is shown for each recorded variant', () => {
  // Every step's who, what and why, as the step list prints them: a change to the explanation of
  // any recorded call, or to how calls are told apart, shows here as a reviewed diff.
  it.each(NAMES)('%s', async (name) => {
    const text = toRunSteps(variant(name))
      .map(
        (step) =>
          `${step.from} ${step.arrow} ${step.to}: ${step.label}${step.source === 'documented' ? ' (documented)' : ''}\n  ${step.why}`,
      )
      .join('\n');
    await expect(`${variant(name).command}\n\n${text}\n`).toMatchFileSnapshot(`fixtures/run-steps/${name}.txt`);
  });

  it('the diagram of the client page', async () => {
    const model = toTraceStepThrough(TRACES, {
      id: 'run',
      variants: 'pull-attached-rm local-attached-rm local-attached local-detached stop',
      caption: 'c',
    });
    if (typeof model === 'string') throw new Error(model);
    await expect(model.diagram).toMatchFileSnapshot('fixtures/run-steps/diagram.mmd');
  });
});

describe('the step-through stylesheet', () => {
  const css = readFileSync(join(import.meta.dirname, '../../src/styles/trace.css'), 'utf8');

  it('is generated with a highlight for every step and a rule pair for every variant, and no more', () => {
    const rules = toTraceStepRules(3, ['stop', 'local-detached']);
    expect(rules).toContain('.dk-trace:has(input[value="3"]:checked) svg text[data-step="3"]');
    expect(rules).toContain('.dk-trace:has(input[value="3"]:checked) svg :is(line,path)[data-step="3"]');
    expect(rules).not.toContain('data-step="4"');
    expect(rules).toContain(
      '.dk-trace:has(input[data-variant="stop"]:checked) li:not([data-in~="stop"]){display:none}',
    );
    expect(rules).toContain(
      '.dk-trace:has(input[data-variant="local-detached"]:checked) svg [data-step]:not([data-in~="local-detached"]){opacity:.2}',
    );
    expect(() => toTraceStepRules(0, [])).toThrow('A step-through needs 1 or more steps, got 0');
  });

  it('names the steps and variants in the module id the page imports, and reads them back', () => {
    const id = toTraceStylesId(42, ['local-attached-rm', 'stop']);
    expect(id).toBe('virtual:dk-trace/42/local-attached-rm/stop.css');
    expect(readTraceStylesId(id)).toEqual({ steps: 42, variants: ['local-attached-rm', 'stop'] });
    expect(readTraceStylesId('/src/styles/trace.css')).toBeUndefined();
  });

  it('leaves no per-step rule in the hand-written stylesheet', () => {
    expect(css).not.toMatch(/data-step=.\d/);
  });
});

async function runMarkdown(markdown: string): Promise<string> {
  const file = new VFile({ path: 'content/page.mdx', value: markdown });
  return String(
    await unified().use(remarkParse).use(remarkRunTrace).use(remarkRehype).use(rehypeStringify).process(file),
  );
}

describe('remarkRunTrace', () => {
  it('turns the fence into variant radios, the diagram source and an ordered list of radios', async () => {
    const html = await runMarkdown(
      '```docker-run-trace id="run" variants="local-attached-rm stop" caption="Run, then stop."\n```\n',
    );
    expect(html).toContain('<div class="dk-trace" data-trace="run" data-pagefind-ignore="all">');
    expect(html.match(/<input type="radio" name="run-variant"/g)?.length).toBe(2);
    expect(html).toContain(
      '<code class="language-mermaid" metastring="caption=&#x22;Run, then stop.&#x22;">sequenceDiagram',
    );
    const steps = toTraceStepThrough(TRACES, { id: 'run', variants: 'local-attached-rm stop', caption: 'c' });
    if (typeof steps === 'string') throw new Error(steps);
    expect(html.match(/<input type="radio" name="run-step"/g)?.length).toBe(steps.steps.length);
    expect(html).toContain('<input type="radio" name="run-step" id="run-step-1" value="1" checked>');
  });

  it('offers no choice of command for one variant, and marks the steps that come from documentation', async () => {
    const html = await runMarkdown('```docker-run-trace id="pull" variants="pull-attached-rm" caption="Pull."\n```\n');
    expect(html).not.toContain('Which command?');
    expect(html).not.toContain('name="pull-variant"');
    expect(html).toContain(
      '<li data-step="1" data-in="pull-attached-rm" data-source="recorded"><input type="radio" name="pull-step" id="pull-step-1" value="1" checked><label for="pull-step-1"><span class="dk-trace__who">docker CLI → dockerd</span> <code>HEAD /_ping</code></label>',
    );
    expect(
      html.match(/<span class="dk-trace__documented"> \(not recorded: from documentation\)<\/span>/g)?.length,
    ).toBe(2);
    expect(html).toContain(
      `<p class="dk-trace__note">Recorded on Docker Engine ${TRACES.engine} with the docker CLI ${TRACES.client} (API ${TRACES.apiVersion}), ${TRACES.recorded}. Engine 29`,
    );
  });

  it('labels each variant with its command and what it shows, the first one checked', async () => {
    const html = await runMarkdown('```docker-run-trace id="run" variants="local-attached stop" caption="c"\n```\n');
    expect(html).toContain(
      '<fieldset class="dk-trace__variants"><legend>Which command?</legend><label><input type="radio" name="run-variant" value="local-attached" data-variant="local-attached" checked> <code>docker run --name once localhost:5000/demo/busybox:1 echo hi</code><span class="dk-trace__variant-note"> attached, without --rm: the exited container stays</span></label><label><input type="radio" name="run-variant" value="stop" data-variant="stop"> <code>',
    );
  });

  it('leaves other code blocks alone', async () => {
    expect(await runMarkdown('```sh id="run"\ndocker run\n```\n')).toBe(
      '<pre><code class="language-sh">docker run\n</code></pre>',
    );
  });

  it('fails at the fence with the fix when a variant was never recorded', async () => {
    await expect(
      runMarkdown('Text.\n\n```docker-run-trace id="run" variants="pull" caption="c"\n```\n'),
    ).rejects.toMatchObject({
      line: 3,
      reason: expect.stringContaining('No recorded variant "pull"') as unknown,
    });
  });

  it('reports every step-through of a page that names an unrecorded variant, in one failure', async () => {
    const fence = (variants: string) =>
      `\`\`\`docker-run-trace id="${variants}" variants="${variants}" caption="c"\n\`\`\`\n`;
    await expect(runMarkdown(`${fence('pull')}\nText.\n\n${fence('stop-now')}`)).rejects.toMatchObject({
      line: 1,
      reason: expect.stringMatching(
        /^2 problems in content\/page\.mdx, in page order:\ncontent\/page\.mdx:1:1: No recorded variant "pull".*\ncontent\/page\.mdx:6:1: No recorded variant "stop-now"/,
      ) as unknown,
    });
  });
});

describe('rehypeRunTraceSteps', () => {
  const svg = (count: number) =>
    h(
      'svg',
      [...Array(count).keys()].flatMap(() => [
        h('line', { className: ['messageLine0'] }),
        h('text', { className: ['messageText'] }),
      ]),
    );
  const tree = (messages: number): HastRoot => ({
    type: 'root',
    children: [
      h('div', { className: ['dk-trace'] }, [
        svg(messages),
        h('input', { dataVariant: 'b' }),
        h('input', { dataVariant: 'a' }),
        h('ol', [h('li', { dataStep: '1', dataIn: 'a b' }), h('li', { dataStep: '2', dataIn: 'b' })]),
      ]),
    ],
  });

  it('gives each message of the diagram its step and variants, and imports the stylesheet', async () => {
    const root = await unified().use(rehypeRunTraceSteps).run(tree(2));
    const [first, second, ...rest] = root.children;
    // The page imports the step-through's stylesheet and its generated rules, so only pages with one load them.
    expect(first).toMatchObject({ type: 'mdxjsEsm', value: 'import "/src/styles/trace.css";' });
    expect(second).toMatchObject({ type: 'mdxjsEsm', value: 'import "virtual:dk-trace/2/a/b.css";' });
    const html = unified().use(rehypeStringify).stringify({ type: 'root', children: rest });
    expect(html).toContain(
      '<line class="messageLine0" data-step="2" data-in="b"></line><text class="messageText" data-step="2" data-in="b"></text>',
    );
  });

  it('fails when the diagram and the trace disagree', async () => {
    await expect(
      unified()
        .use(rehypeRunTraceSteps)
        .run(tree(3), new VFile({ path: 'content/client.mdx' })),
    ).rejects.toThrow("The step-through's diagram draws 3 messages and 3 arrows, but its trace has 2 steps");
  });

  it('counts dotted arrows (messageLine1) drawn as paths, and no other line or text of the diagram', async () => {
    const root: HastRoot = {
      type: 'root',
      children: [
        h('div', { className: ['dk-trace'] }, [
          h('svg', [
            h('text', { className: ['actor'] }),
            h('line', { className: ['actor-line'] }),
            h('path', { className: ['messageLine1'] }),
            h('text', { className: ['messageText'] }),
          ]),
          h('ol', [h('li', { dataStep: '1', dataIn: 'a' })]),
        ]),
      ],
    };
    await unified().use(rehypeRunTraceSteps).run(root);
    const [, styles, ...rest] = root.children;
    expect(styles).toMatchObject({ type: 'mdxjsEsm', value: 'import "virtual:dk-trace/1/.css";' });
    expect(unified().use(rehypeStringify).stringify({ type: 'root', children: rest })).toContain(
      '<svg><text class="actor"></text><line class="actor-line"></line><path class="messageLine1" data-step="1" data-in="a"></path><text class="messageText" data-step="1" data-in="a"></text></svg>',
    );
  });

  it('fails at the block when it rendered no diagram', async () => {
    const root: HastRoot = {
      type: 'root',
      children: [h('div', { className: ['dk-trace'] }, [h('ol', [h('li', { dataStep: '1', dataIn: 'a' })])])],
    };
    root.children[0]!.position = { start: { line: 7, column: 1 }, end: { line: 9, column: 4 } };
    await expect(
      unified()
        .use(rehypeRunTraceSteps)
        .run(root, new VFile({ path: 'content/client.mdx' })),
    ).rejects.toMatchObject({
      reason: 'A docker-run-trace block rendered no diagram',
      line: 7,
      file: 'content/client.mdx',
    });
  });

  it('leaves a page without a step-through as it was, with no stylesheet import', async () => {
    const root: HastRoot = {
      type: 'root',
      children: [h('div', { className: ['dk-note'] }, [h('svg', [h('text', { className: ['messageText'] })])])],
    };
    const before = structuredClone(root);
    await unified().use(rehypeRunTraceSteps).run(root);
    expect(root).toEqual(before);
  });
});
