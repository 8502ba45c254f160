import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  toPictureSummary,
  toPictureSvg,
  toStatusText,
  toTwinHtml,
  toTwinRows,
} from '../../../src/lib/engine/view.ts';
import { createState } from '../../../src/lib/engine/index.ts';
import { findByName, runLines } from './run.ts';

/**
 * What the playground shows of the engine's state: the text twin's tables (the accessible view),
 * the picture's parts and its one-sentence summary. The layout itself is checked by the
 * playground's screenshots and end-to-end tests.
 */

const setup = () =>
  runLines([
    'docker network create app',
    'docker volume create data',
    'docker run -d --name web --network app -p 8080:80 -v data:/data -v /srv:/srv nginx:1.30',
    'docker run --name done -v /anon busybox:1.38 true',
    'docker create --name idle --network host busybox:1.38',
    "docker run -d --name loop --restart always busybox:1.38 sh -c 'exit 3'",
    'docker tag busybox:1.38 localhost:5000/b:1',
    'docker push localhost:5000/b:1',
  ]).state;

describe('the text twin', () => {
  it('gives each container its image, status, IPv4 ports, networks and mounts', () => {
    const state = setup();
    const anonymous = state.volumes.find((volume) => volume.anonymous)?.name ?? '';
    expect(toTwinRows(state).containers).toEqual([
      ['web', 'nginx:1.30', 'Running', '0.0.0.0:8080->80/tcp', 'app', 'data:/data, /srv:/srv'],
      ['done', 'busybox:1.38', 'Exited (0)', '—', 'bridge', `anonymous ${anonymous.slice(0, 6)}…:/anon`],
      ['idle', 'busybox:1.38', 'Created', '—', 'host', '—'],
      ['loop', 'busybox:1.38', 'Restarting (3)', '—', 'bridge', '—'],
    ]);
  });

  it('lists the default bridge and user-defined networks with their running containers, volumes with their users', () => {
    const state = setup();
    const anonymous = state.volumes.find((volume) => volume.anonymous)?.name ?? '';
    const rows = toTwinRows(state);
    expect(rows.networks).toEqual([
      ['bridge', 'bridge (default, no DNS)', '—'],
      ['app', 'bridge (user-defined, DNS)', 'web'],
    ]);
    expect(rows.volumes).toEqual([
      ['data', 'web', '0'],
      [`${anonymous.slice(0, 12)}… (anonymous)`, 'done', '0'],
    ]);
    const busybox = state.images.find((image) => image.kind === 'busybox')?.id.slice(0, 12);
    expect(rows.images).toContainEqual(['localhost:5000/b:1', busybox]);
  });

  it('counts the files a container wrote into a volume', () => {
    const { state } = runLines([
      'docker run --rm -v data:/data busybox:1.38 sh -c "echo a > /data/a; echo b > /data/b"',
    ]);
    expect(toTwinRows(state).volumes).toEqual([['data', '—', '2']]);
  });

  it('renders tables with captions and row headers, an empty one as a sentence, and escapes every cell', () => {
    const empty = toTwinHtml(createState('empty'));
    expect(empty).toContain('<p class="dk-pg-empty"><strong>Containers:</strong> none.</p>');
    expect(empty).toContain(
      '<p class="dk-pg-empty"><strong>Images:</strong> none: the first docker run or docker pull fetches one.</p>',
    );
    expect(empty).toContain('<table><caption>Networks</caption><thead><tr><th scope="col">Name</th>');
    expect(empty).toContain('<tr><th scope="row">bridge</th><td>bridge (default, no DNS)</td><td>—</td></tr>');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

describe('the picture', () => {
  it('draws the published ports, the networks with their containers, volumes, binds, images and the registry', () => {
    const state = setup();
    const svg = toPictureSvg(state, 'caption-id');
    expect(svg).toMatch(/^<svg class="dk-pg-svg" viewBox="0 0 360 \d+" role="img" aria-labelledby="caption-id"/);
    for (const part of [
      '<g class="dk-pg-port" data-key="port-8080">',
      '>:8080 → web:80</text>',
      '<g class="dk-pg-net dk-pg-net--default" data-key="net-bridge">',
      '>bridge (default bridge: no DNS)</text>',
      '<g class="dk-pg-net" data-key="net-app">',
      '>app (user-defined: names resolve)</text>',
      '<g class="dk-pg-ctr dk-pg-ctr--running" data-key="ctr-web">',
      '<g class="dk-pg-ctr dk-pg-ctr--exited" data-key="ctr-done">',
      '<g class="dk-pg-ctr dk-pg-ctr--restarting" data-key="ctr-loop">',
      '>idle (host) Created</text>',
      '<g class="dk-pg-vol" data-key="vol-data">',
      '>used by web</text>',
      '>Bind mounts: /srv → web:/srv</text>',
      '>busybox:1.38, localhost:5000/b:1, nginx:1.30</text>',
      '>Registry localhost:5000</text>',
      '>b:1</text>',
    ])
      expect(svg, part).toContain(part);
  });

  it('marks an unused volume, says a network with nobody on it has no containers, and a fresh engine has no images', () => {
    const { state } = runLines(['docker volume create spare', 'docker network create empty']);
    const svg = toPictureSvg(state, 'x');
    expect(svg).toContain('<g class="dk-pg-vol dk-pg-vol--unused" data-key="vol-spare">');
    expect(svg).toContain('>not mounted</text>');
    expect(svg).toContain('<g class="dk-pg-net" data-key="net-empty">');
    expect(svg).toContain('>no containers</text>');
    expect(svg).not.toContain('data-key="net-bridge"');
    expect(toPictureSvg(createState('fresh'), 'x')).toContain('>none yet</text>');
  });

  it('lists a container on a second network as also connected there', () => {
    const { state } = runLines([
      'docker network create app',
      'docker run -d --name web --network app nginx:1.30',
      'docker run -d --name box busybox:1.38 sleep 60',
      'docker network connect app box',
    ]);
    expect(toPictureSvg(state, 'x')).toContain('>also connected: box</text>');
  });

  it('sums the state up in one sentence, in the singular where there is one', () => {
    expect(toPictureSummary(setup())).toBe(
      'Engine state: 4 containers (1 running), 1 user-defined network, 2 volumes, 3 image tags. The tables give the details.',
    );
    const { state } = runLines(['docker run -d --name web nginx:1.30', 'docker volume create v']);
    expect(toPictureSummary(state)).toBe(
      'Engine state: 1 container (1 running), 0 user-defined networks, 1 volume, 2 image tags. The tables give the details.',
    );
  });

  it('words a status as the twin shows it', () => {
    const state = setup();
    expect(['web', 'done', 'idle', 'loop'].map((name) => toStatusText(findByName(state, name)!))).toEqual([
      'Running',
      'Exited (0)',
      'Created',
      'Restarting (3)',
    ]);
  });
});

describe('the text twin with several of a kind', () => {
  it('names every column a screen reader announces, table by table', () => {
    const html = toTwinHtml(setup());
    const heads = [...html.matchAll(/<caption>([^<]+)<\/caption><thead><tr>(.*?)<\/tr><\/thead>/g)].map(
      ([, caption, row]) => [
        caption,
        [...(row ?? '').matchAll(/<th scope="col">([^<]*)<\/th>/g)].map(([, cell]) => cell),
      ],
    );
    expect(heads).toEqual([
      ['Containers', ['Name', 'Image', 'Status', 'Published ports', 'Networks', 'Mounts']],
      ['Networks', ['Name', 'Kind', 'Running containers']],
      ['Volumes', ['Name', 'Mounted by', 'Files']],
      ['Images', ['Reference', 'Image ID']],
    ]);
    expect(html).toMatch(
      /^<table><caption>Containers<\/caption><thead><tr><th scope="col">Name<\/th><th scope="col">Image<\/th>/,
    );
    expect(html).toContain('</tbody></table><table><caption>Networks</caption>');
  });

  it('lists two containers on one network, two networks of one container and two users of one volume, comma-separated', () => {
    const { state } = runLines([
      'docker network create app',
      'docker network create tools',
      'docker run -d --name web --network app -v data:/data busybox:1.38 sleep 1000',
      'docker run -d --name api --network app -v data:/data busybox:1.38 sleep 1000',
      'docker network connect tools web',
    ]);
    const rows = toTwinRows(state);
    expect(rows.networks).toContainEqual(['app', 'bridge (user-defined, DNS)', 'web, api']);
    expect(rows.containers.find(([name]) => name === 'web')?.[4]).toBe('app, tools');
    expect(rows.volumes).toEqual([['data', 'web, api', '0']]);
  });
});
