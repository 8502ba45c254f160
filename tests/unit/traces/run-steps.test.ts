import { describe, expect, it } from 'vitest';
import type { RecordedCall, TraceVariant } from '../../../src/lib/traces/run-trace.ts';
import {
  mergeRunSteps,
  toDiagramLabel,
  toRunSteps,
  toSequenceDiagram,
  type RunStep,
} from '../../../src/lib/traces/run-steps.ts';

// Recordings made up for one behaviour each: what a future recording could hold that the
// committed one does not (tests/unit/run-trace.test.ts reads the committed one).

const call = (kind: RecordedCall['kind'], from: RecordedCall['from'], to: RecordedCall['to'], message: string) =>
  ({ kind, from, to, message }) satisfies RecordedCall;
const request = (message: string) => call('request', 'cli', 'dockerd', message);
const reply = (message: string) => call('reply', 'dockerd', 'cli', message);

function recording(calls: RecordedCall[], more: Partial<TraceVariant> = {}): TraceVariant {
  return { command: 'docker run busybox', exitCode: 0, stdout: [], stderr: [], calls, events: [], ...more };
}

const labels = (variant: TraceVariant) => toRunSteps(variant).map((step) => step.label);

describe('toRunSteps on other recordings', () => {
  it('shortens request lines only: the API version goes, the query is decoded, and Mermaid’s “;” becomes “,”', () => {
    expect(
      labels(
        recording([
          request('GET /v1.51/images/json?filters=%7B%22reference%22%3A%5B%22busybox%22%5D%7D'),
          call('note', 'dockerd', 'dockerd', 'retrying GET /v1.51/info; attempt 2'),
        ]),
      ),
    ).toEqual(['GET /images/json?filters={"reference":["busybox"]}', 'retrying GET /v1.51/info, attempt 2']);
  });

  it('adds the CLI’s “Unable to find image” line only after a 404 for a missing image, and only when it printed one', () => {
    const missing = [request('POST /v1.51/containers/create'), reply('404 Not Found No such image: busybox:1')];
    expect(labels(recording(missing, { stderr: ["Unable to find image 'busybox:1' locally"] }))).toEqual([
      'POST /containers/create',
      '404 Not Found No such image: busybox:1',
      "stderr: Unable to find image 'busybox:1' locally",
    ]);
    expect(labels(recording(missing, { stderr: ['Error response from daemon: pull access denied'] }))).toHaveLength(2);

    const steps = toRunSteps(
      recording([request('POST /v1.51/containers/web/start'), reply('404 Not Found No such container: web')], {
        stderr: ['Unable to find image (printed by something else)'],
      }),
    );
    expect(steps.map((step) => step.label)).toEqual([
      'POST /containers/web/start',
      '404 Not Found No such container: web',
    ]);
    expect(steps[1]!.why).toBe('The daemon answers 404 Not Found No such container: web.');
  });

  it('shows the container’s output only when an attached run printed some, and the ID only when a detached one did', () => {
    const started = call('event', 'containerd', 'dockerd', 'event /tasks/start');
    const attach = request('POST /v1.51/containers/<id>/attach?stream=1');
    expect(labels(recording([attach, started], { stdout: ['hi', 'there'] }))).toEqual([
      'POST /containers/{id}/attach?stream=1',
      'event /tasks/start',
      'attach stream: hi there',
    ]);
    expect(labels(recording([attach, started]))).toHaveLength(2);

    const detached = { command: 'docker run -d busybox sleep 9' };
    const start = [request('POST /v1.51/containers/<id>/start'), reply('204 No Content')];
    expect(labels(recording(start, { ...detached, stdout: ['<id>'] })).at(-1)).toBe('stdout: the container ID');
    expect(labels(recording(start, detached))).toHaveLength(2);
    expect(
      labels(recording([...start, request('GET /v1.51/containers/json')], { ...detached, stdout: ['<id>'] })),
    ).toEqual(['POST /containers/{id}/start', '204 No Content', 'GET /containers/json']);
  });

  it('says it only knows a message was recorded when it has nothing better to say', () => {
    const unknown = 'A call recorded in the trace.';
    const steps = toRunSteps(
      recording([
        call('event', 'containerd', 'dockerd', 'event /tasks/oom'),
        call('signal', 'dockerd', 'containerd', 'kill, signal 2'),
        request('GET /v1.51/version'),
      ]),
    );
    expect(steps.map((step) => step.why)).toEqual([unknown, unknown, unknown]);
  });
});

describe('mergeRunSteps', () => {
  const step = (label: string): RunStep => ({
    from: 'cli',
    to: 'dockerd',
    arrow: 'call',
    label,
    why: '',
    source: 'recorded',
  });
  const merged = (...variants: [string, string[]][]) =>
    mergeRunSteps(variants.map(([name, steps]) => [name, steps.map(step)] as const)).map(
      (item) => `${item.label}:${item.variants.join('+')}`,
    );

  it('shares the steps variants have in common, first and last ones included, and keeps each one’s order', () => {
    expect(merged(['a', ['ping', 'create', 'start']], ['b', ['ping', 'start']])).toEqual([
      'ping:a+b',
      'create:a',
      'start:a+b',
    ]);
    expect(merged(['a', ['create', 'wait']], ['b', ['create', 'attach', 'wait']])).toEqual([
      'create:a+b',
      'attach:b',
      'wait:a+b',
    ]);
    expect(merged(['a', ['stop']], ['b', ['rm']])).toEqual(['stop:a', 'rm:b']);
    expect(merged(['a', []], ['b', ['rm']])).toEqual(['rm:b']);
  });
});

describe('toDiagramLabel', () => {
  it('shortens only whole labels it knows, so another message is drawn as recorded', () => {
    for (const label of [
      'x 404 Not Found No such image: busybox',
      'x 200 OK',
      '200 OK, retried',
      'no stderr: Unable to find image x',
      'stdout: the container ID, twice',
      'an attach stream: hi',
      'POST /containers/{id}/started',
      'retry POST /containers/web/stop?t=2',
      'POST /containers/web/stop?t=2s',
      'mirror GET /v2/x/blobs/{layer digest}',
      'GET /v2/x/manifests/1 (cached)',
      'an event /tasks/exit',
      'start containerd-shim-runc-v2 again',
      'Container failed to exit within 2s',
    ])
      expect(toDiagramLabel(label), label).toBe(label);
  });

  it('keeps numbers of more than one digit', () => {
    expect(toDiagramLabel('POST /containers/web/stop?t=30')).toBe('POST stop (t=30)');
    expect(toDiagramLabel('Container failed to exit within 10s of signal 15 - using the force')).toBe(
      'no exit within 10s',
    );
    expect(toDiagramLabel('GET /v2/demo/busybox/manifests/29')).toBe('GET manifests/29');
  });
});

describe('toSequenceDiagram', () => {
  it('declares only the programs that take part, and escapes what Mermaid reads as syntax', () => {
    const diagram = toSequenceDiagram(
      [
        {
          from: 'cli',
          to: 'dockerd',
          arrow: 'call',
          label: 'GET /containers/json#top: all',
          why: '',
          source: 'recorded',
          variants: ['a'],
        },
      ],
      'T',
      'D',
    );
    expect(diagram).toBe(
      [
        'sequenceDiagram',
        '  accTitle: T',
        '  accDescr: D',
        '  participant cli as docker CLI',
        '  participant dockerd as dockerd',
        '  cli->>dockerd: GET /containers/json#35;top#58; all',
      ].join('\n'),
    );
  });
});
