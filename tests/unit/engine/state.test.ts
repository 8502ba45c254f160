import { describe, expect, it } from 'vitest';
import {
  createState,
  findContainer,
  findImage,
  findNetwork,
  splitRef,
  toImageRef,
  toResult,
} from '../../../src/lib/engine/state.ts';
import { runLines } from './run.ts';

/** The state helpers: references as the daemon normalises them, and lookups by name or ID prefix. */

describe('toImageRef and splitRef', () => {
  it.each([
    ['nginx', 'nginx:latest'],
    ['nginx:1.30', 'nginx:1.30'],
    ['docker.io/library/nginx:1.30', 'nginx:1.30'],
    ['library/nginx', 'nginx:latest'],
    ['nginx@sha256:abc', 'nginx:latest'],
    ['localhost:5000/demo/web', 'localhost:5000/demo/web:latest'],
    ['localhost:5000/demo/web:2', 'localhost:5000/demo/web:2'],
  ])('%s is %s', (ref, normal) => {
    expect(toImageRef(ref)).toBe(normal);
  });

  it('keeps a registry port in the repository', () => {
    expect([splitRef('localhost:5000/web'), splitRef('localhost:5000/web:2'), splitRef('nginx:1.30')]).toEqual([
      { repo: 'localhost:5000/web', tag: 'latest' },
      { repo: 'localhost:5000/web', tag: '2' },
      { repo: 'nginx', tag: '1.30' },
    ]);
  });
});

describe('lookups', () => {
  // Built inside each test: code in a describe body is static to Stryker, and not measured.
  const setup = () => {
    const { state } = runLines([
      'docker network create app',
      'docker run -d --name web nginx:1.30',
      'docker run -d --name box busybox:1.38 sleep 60',
    ]);
    const [web, box] = state.containers;
    return { state, web, box, app: state.networks.find((network) => network.name === 'app') };
  };

  it('finds a container by name, /name, full ID or any unique prefix', () => {
    const { state, web, box } = setup();
    for (const ref of ['web', '/web', web?.id ?? '', web?.id.slice(0, 1) ?? ''])
      expect(findContainer(state, ref)?.name, ref).toBe('web');
    expect(findContainer(state, box?.id.slice(0, 3) ?? '')?.name).toBe('box');
    expect([findContainer(state, 'nope'), findContainer(state, ''), findContainer(state, 'WEB')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('finds a network by name, ID, or an ID prefix of three or more characters', () => {
    const { state, app } = setup();
    const id = app?.id ?? '';
    expect([id, id.slice(0, 3), 'app'].map((ref) => findNetwork(state, ref)?.name)).toEqual(['app', 'app', 'app']);
    expect(findNetwork(state, id.slice(0, 2))).toBeUndefined();
    expect(findNetwork(state, 'xyz')).toBeUndefined();
  });

  it('finds an image by reference, or an ID prefix of four or more characters, sha256: or not', () => {
    const { state } = setup();
    const id = state.images.find((image) => image.kind === 'nginx')?.id ?? '';
    const found = ['nginx:1.30', 'docker.io/library/nginx:1.30', id.slice(0, 4), `sha256:${id.slice(0, 6)}`, id].map(
      (ref) => findImage(state, ref)?.kind,
    );
    expect(found).toEqual(['nginx', 'nginx', 'nginx', 'nginx', 'nginx']);
    expect([findImage(state, id.slice(0, 3)), findImage(state, 'nginx'), findImage(state, 'sha256:')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('createState and toResult', () => {
  it('starts with the three pre-defined networks and nothing else', () => {
    const state = createState('fresh');
    expect(state.networks.map((network) => [network.name, network.driver, network.builtin, network.subnet])).toEqual([
      ['bridge', 'bridge', true, '172.17.0.0/16'],
      ['host', 'host', true, ''],
      ['none', 'null', true, ''],
    ]);
    expect([state.images, state.containers, state.volumes, state.registry, state.counter, state.clock]).toEqual([
      [],
      [],
      [],
      {},
      0,
      0,
    ]);
  });

  it('ends every line of output with one newline', () => {
    const state = createState('out');
    const result = toResult({ state, stdout: ['a', 'b\n'], stderr: [], exit: 3, notes: [] });
    expect([result.stdout, result.stderr, result.exit]).toEqual(['a\nb\n', '', 3]);
  });
});
