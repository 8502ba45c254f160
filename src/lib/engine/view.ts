import { toPorts } from './containers.ts';
import { toShortId } from './state.ts';
import type { Container, State } from './types.ts';

/**
 * What the page shows of the state: the text twin (tables of containers, networks, volumes,
 * images: the accessible view and the test oracle) and the picture (an SVG drawn from the same
 * rows). Both are HTML strings built from the state alone, so the build renders a lesson's start
 * and the browser redraws after each command with the same code.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STATUS: Record<Container['status'], string> = {
  created: 'Created',
  running: 'Running',
  restarting: 'Restarting',
  exited: 'Exited',
};

export function toStatusText(container: Container): string {
  return container.status === 'exited'
    ? `Exited (${container.exitCode})`
    : container.status === 'restarting'
      ? `Restarting (${container.exitCode})`
      : STATUS[container.status];
}

function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[], empty: string): string {
  if (rows.length === 0)
    return `<p class="dk-pg-empty"><strong>${escapeHtml(caption)}:</strong> ${escapeHtml(empty)}</p>`;
  const th = head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The twin's tables, each a list of rows of cells. */
export interface TwinRows {
  containers: string[][];
  networks: string[][];
  volumes: string[][];
  images: string[][];
}

/** The rows of the twin, as plain text (also what the end-to-end tests compare). */
export function toTwinRows(state: State): TwinRows {
  return {
    containers: state.containers.map((container) => [
      container.name,
      container.imageRef,
      toStatusText(container),
      toPorts(container).replace(/, \[::\]:\d+->\d+\/\w+/g, '') || '—',
      container.endpoints.map((endpoint) => endpoint.network).join(', ') || '—',
      container.mounts
        .map(
          (mount) =>
            `${mount.type === 'volume' ? (state.volumes.find((volume) => volume.name === mount.source)?.anonymous ? `anonymous ${mount.source.slice(0, 6)}…` : mount.source) : mount.source}:${mount.target}`,
        )
        .join(', ') || '—',
    ]),
    networks: state.networks
      .filter((network) => !network.builtin || network.name === 'bridge')
      .map((network) => [
        network.name,
        network.builtin ? 'bridge (default, no DNS)' : 'bridge (user-defined, DNS)',
        state.containers
          .filter(
            (container) =>
              container.status === 'running' &&
              container.endpoints.some((endpoint) => endpoint.network === network.name),
          )
          .map((container) => container.name)
          .join(', ') || '—',
      ]),
    volumes: state.volumes.map((volume) => [
      volume.anonymous ? `${volume.name.slice(0, 12)}… (anonymous)` : volume.name,
      state.containers
        .filter((container) => container.mounts.some((mount) => mount.source === volume.name))
        .map((container) => container.name)
        .join(', ') || '—',
      String(Object.keys(volume.files).length),
    ]),
    images: state.images.flatMap((image) => image.refs.map((ref) => [ref, toShortId(image.id)])),
  };
}

export function toTwinHtml(state: State): string {
  const rows = toTwinRows(state);
  return [
    table('Containers', ['Name', 'Image', 'Status', 'Published ports', 'Networks', 'Mounts'], rows.containers, 'none.'),
    table('Networks', ['Name', 'Kind', 'Running containers'], rows.networks, 'none.'),
    table('Volumes', ['Name', 'Mounted by', 'Files'], rows.volumes, 'none.'),
    table('Images', ['Reference', 'Image ID'], rows.images, 'none: the first docker run or docker pull fetches one.'),
  ].join('');
}

const W = 360;
const text = (x: number, y: number, value: string, cls = '') =>
  `<text x="${x}" y="${y}"${cls ? ` class="${cls}"` : ''}>${escapeHtml(value)}</text>`;
const cut = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** The SVG: the host frame with its published ports, networks as regions holding their containers, volumes and images below. */
export function toPictureSvg(state: State, labelledBy: string): string {
  const parts: string[] = [];
  let y = 34;
  // Published ports on the host's edge.
  const bindings = state.containers
    .filter((container) => container.status === 'running')
    .flatMap((container) => container.ports.map((binding) => ({ container, binding })));
  const portRow = bindings.length > 0 ? 26 : 0;
  bindings.slice(0, 6).forEach(({ container, binding }, index) => {
    const x = 12 + (index % 3) * 114;
    const row = Math.floor(index / 3) * 22;
    parts.push(
      `<g class="dk-pg-port" data-key="port-${binding.hostPort}"><rect x="${x}" y="${y + row - 14}" width="108" height="20" rx="4"/>${text(x + 6, y + row, cut(`:${binding.hostPort} → ${container.name}:${binding.port}`, 18))}</g>`,
    );
  });
  y += portRow + (bindings.length > 3 ? 22 : 0) + 6;
  const shownNetworks = state.networks.filter((network) => network.driver === 'bridge');
  const placed = new Set<string>();
  for (const network of shownNetworks) {
    const members = state.containers.filter(
      (container) =>
        container.endpoints[0]?.network === network.name ||
        (container.endpoints.some((endpoint) => endpoint.network === network.name) && !placed.has(container.id)),
    );
    const here = members.filter((container) => !placed.has(container.id));
    const also = state.containers.filter(
      (container) =>
        container.endpoints.some((endpoint) => endpoint.network === network.name) && placed.has(container.id),
    );
    if (network.builtin && here.length === 0 && also.length === 0) continue;
    const rows = Math.ceil(here.length / 2);
    const height = 30 + rows * 54 + (also.length > 0 ? 18 : 0) + (here.length === 0 && also.length === 0 ? 16 : 0);
    parts.push(
      `<g class="dk-pg-net${network.builtin ? ' dk-pg-net--default' : ''}" data-key="net-${escapeHtml(network.name)}"><rect x="8" y="${y}" width="${W - 16}" height="${height}" rx="8"/>${text(18, y + 18, `${network.name} ${network.builtin ? '(default bridge: no DNS)' : '(user-defined: names resolve)'}`, 'dk-pg-label')}`,
    );
    here.forEach((container, index) => {
      placed.add(container.id);
      const x = 16 + (index % 2) * 168;
      const top = y + 28 + Math.floor(index / 2) * 54;
      parts.push(
        `<g class="dk-pg-ctr dk-pg-ctr--${container.status}" data-key="ctr-${escapeHtml(container.name)}"><rect x="${x}" y="${top}" width="160" height="46" rx="6"/>${text(x + 8, top + 15, cut(container.name, 20), 'dk-pg-name')}${text(x + 8, top + 28, cut(container.imageRef, 24))}${text(x + 8, top + 40, toStatusText(container), 'dk-pg-status')}</g>`,
      );
    });
    if (here.length === 0 && also.length === 0) parts.push(text(18, y + 36, 'no containers', 'dk-pg-muted'));
    if (also.length > 0)
      parts.push(
        text(
          18,
          y + height - 8,
          cut(`also connected: ${also.map((container) => container.name).join(', ')}`, 56),
          'dk-pg-muted',
        ),
      );
    parts.push('</g>');
    y += height + 8;
  }
  // Containers on host or none networks.
  const others = state.containers.filter((container) => !placed.has(container.id));
  others.forEach((container, index) => {
    parts.push(
      `<g class="dk-pg-ctr dk-pg-ctr--${container.status}" data-key="ctr-${escapeHtml(container.name)}"><rect x="16" y="${y}" width="${W - 32}" height="22" rx="6"/>${text(24, y + 15, cut(`${container.name} (${container.endpoints[0]?.network ?? 'none'}) ${toStatusText(container)}`, 50))}</g>`,
    );
    y += 28 + index * 0;
  });
  const named = state.volumes;
  if (named.length > 0) {
    parts.push(text(12, y + 14, 'Volumes', 'dk-pg-label'));
    y += 22;
    named.slice(0, 12).forEach((volume, index) => {
      const x = 12 + (index % 2) * 172;
      const top = y + Math.floor(index / 2) * 40;
      const users = state.containers.filter((container) =>
        container.mounts.some((mount) => mount.source === volume.name),
      );
      parts.push(
        `<g class="dk-pg-vol${users.length === 0 ? ' dk-pg-vol--unused' : ''}" data-key="vol-${escapeHtml(volume.name)}"><rect x="${x}" y="${top}" width="164" height="34" rx="10"/>${text(x + 8, top + 14, cut(volume.anonymous ? `${volume.name.slice(0, 8)}… (anon)` : volume.name, 22), 'dk-pg-name')}${text(x + 8, top + 28, cut(users.length > 0 ? `used by ${users.map((container) => container.name).join(', ')}` : 'not mounted', 26), 'dk-pg-muted')}</g>`,
      );
    });
    y += Math.ceil(Math.min(named.length, 12) / 2) * 40;
  }
  const binds = state.containers.flatMap((container) =>
    container.mounts
      .filter((mount) => mount.type === 'bind')
      .map((mount) => `${mount.source} → ${container.name}:${mount.target}`),
  );
  if (binds.length > 0) {
    parts.push(text(12, y + 14, cut(`Bind mounts: ${binds.join('; ')}`, 58), 'dk-pg-muted'));
    y += 20;
  }
  const refs = state.images.flatMap((image) => image.refs);
  parts.push(text(12, y + 16, 'Images', 'dk-pg-label'));
  parts.push(text(70, y + 16, cut(refs.length > 0 ? refs.join(', ') : 'none yet', 46), 'dk-pg-muted'));
  y += 24;
  const registry = Object.entries(state.registry).flatMap(([repo, tags]) =>
    Object.keys(tags).map((tag) => `${repo}:${tag}`),
  );
  if (registry.length > 0) {
    parts.push(text(12, y + 16, 'Registry localhost:5000', 'dk-pg-label'));
    parts.push(text(12, y + 32, cut(registry.join(', '), 58), 'dk-pg-muted'));
    y += 40;
  }
  const height = y + 8;
  return `<svg class="dk-pg-svg" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${labelledBy}" xmlns="http://www.w3.org/2000/svg"><rect class="dk-pg-host" x="1" y="1" width="${W - 2}" height="${height - 2}" rx="10"/>${text(12, 18, 'Docker host', 'dk-pg-label')}${parts.join('')}</svg>`;
}

/** One sentence for the picture's accessible name. */
export function toPictureSummary(state: State): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const running = state.containers.filter((container) => container.status === 'running').length;
  return `Engine state: ${count(state.containers.length, 'container')} (${running} running), ${count(state.networks.filter((network) => !network.builtin).length, 'user-defined network')}, ${count(state.volumes.length, 'volume')}, ${count(
    state.images.reduce((sum, image) => sum + image.refs.length, 0),
    'image tag',
  )}. The tables give the details.`;
}
