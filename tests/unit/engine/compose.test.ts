import { describe, expect, it } from 'vitest';
import { MAX_COMPOSE } from '../../../src/lib/engine/compose.ts';
import type { State } from '../../../src/lib/engine/types.ts';
import { findByName, runLines, withBusyboxAndNginx } from './run.ts';

/**
 * docker compose up, down, ps and logs of the compose.yaml beside the console: the project's
 * objects and their names as Compose v2 and later make them, the ps table as
 * docker/compose cmd/compose/ps.go prints it, and a clear note for a file it cannot read.
 */

const withFile = (file: string, start: State = withBusyboxAndNginx()): State => ({ ...start, composeFile: file });

/** A web server that depends on a database with a named volume. */
const SHOP = [
  'services:',
  '  web:',
  '    image: nginx:1.30',
  '    ports:',
  '      - "8080:80"',
  '    depends_on:',
  '      - db',
  '    environment:',
  '      MODE: prod',
  '      WORKERS: 3',
  '  db:',
  '    image: busybox:1.38',
  '    command: sleep infinity',
  '    restart: always',
  '    volumes:',
  '      - data:/data',
  '      - /srv/seed:/seed',
  '    environment:',
  '      - ROLE=primary',
  'volumes:',
  '  data: {}',
  '',
].join('\n');

const table = (stdout: string): string[][] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((row) => row.split(/ {2,}/));

describe('a compose.yaml the playground cannot read', () => {
  it.each([
    ['', 'compose.yaml is empty: write a services: section beside the console.'],
    [' \n\n', 'compose.yaml is empty: write a services: section beside the console.'],
    ['services: 3\n', 'compose.yaml needs a services: mapping at the top level.'],
    ['- web\n', 'compose.yaml needs a services: mapping at the top level.'],
    ['services:\n  - web\n', 'compose.yaml needs a services: mapping at the top level.'],
    ['name: shop\n', 'compose.yaml needs a services: mapping at the top level.'],
    ['services:\n  web: nginx\n', 'compose.yaml: service "web" must be a mapping of keys such as image: and ports:.'],
    [
      'services:\n  web:\n    - nginx\n',
      'compose.yaml: service "web" must be a mapping of keys such as image: and ports:.',
    ],
    [
      'services:\n  web:\n    build: .\n',
      'compose.yaml: service "web" needs an image: (the playground does not build).',
    ],
  ])('%j: says what to fix, exit 1, and changes nothing', (file, note) => {
    const { last, state } = runLines(['docker compose up -d'], withFile(file));
    expect([last.stdout, last.stderr, last.exit, last.notes.map((item) => item.text)]).toEqual(['', '', 1, [note]]);
    expect(state.networks).toHaveLength(3);
  });

  it('reads a file of exactly the largest size, and refuses one byte more with both sizes in KB', () => {
    const head = 'services:\n  web:\n    image: nginx:1.30\n';
    const fits = head + '#'.repeat(MAX_COMPOSE - head.length);
    expect(runLines(['docker compose up -d'], withFile(fits)).last.exit).toBe(0);
    const over = runLines(['docker compose up -d'], withFile(`${fits}#`.padEnd(MAX_COMPOSE + 600, '#')));
    expect(over.last.notes.map((item) => item.text)).toEqual([
      'compose.yaml is 65 KB; the playground reads files up to 64 KB.',
    ]);
  });
});

describe('docker compose up', () => {
  it('creates the network, the volume and each service after what it depends on, on stderr', () => {
    const { last, state } = runLines(['docker compose up -d'], withFile(SHOP));
    expect([last.stdout, last.exit, last.notes]).toEqual(['', 0, []]);
    expect(last.stderr).toBe(
      [
        '[+] Running 6/6',
        ' ✔ Network playground_default  Created',
        ' ✔ Volume playground_data  Created',
        ' ✔ Container playground-db-1  Created',
        ' ✔ Container playground-db-1  Started',
        ' ✔ Container playground-web-1  Created',
        ' ✔ Container playground-web-1  Started',
        '',
      ].join('\n'),
    );
    expect(state.networks.at(-1)).toMatchObject({
      name: 'playground_default',
      driver: 'bridge',
      builtin: false,
      subnet: '172.18.0.0/16',
      project: 'playground',
    });
    expect(state.volumes).toMatchObject([{ name: 'playground_data', anonymous: false, project: 'playground' }]);
    expect(state.containers.map((container) => [container.name, container.status, container.service])).toEqual([
      ['playground-db-1', 'running', 'db'],
      ['playground-web-1', 'running', 'web'],
    ]);
  });

  it('hands each service its name, network alias, ports, volumes, environment, command and restart policy', () => {
    const { state } = runLines(['docker compose up -d'], withFile(SHOP));
    const db = findByName(state, 'playground-db-1');
    const web = findByName(state, 'playground-web-1');
    expect(db?.endpoints.map((endpoint) => [endpoint.network, endpoint.aliases])).toEqual([
      ['playground_default', ['db']],
    ]);
    expect(web?.endpoints.map((endpoint) => [endpoint.network, endpoint.aliases])).toEqual([
      ['playground_default', ['web']],
    ]);
    expect(db?.mounts.map((mount) => [mount.type, mount.source, mount.target])).toEqual([
      ['volume', 'playground_data', '/data'],
      ['bind', '/srv/seed', '/seed'],
    ]);
    expect(web?.ports.map((port) => [port.hostPort, port.port])).toEqual([[8080, 80]]);
    expect(db?.argv).toEqual(['sleep', 'infinity']);
    expect(db?.restart).toEqual({ name: 'always', max: 0 });
    expect(web?.restart).toEqual({ name: 'no', max: 0 });
    expect(db?.env).toContain('ROLE=primary');
    expect(web?.env).toEqual(expect.arrayContaining(['MODE=prod', 'WORKERS=3']));
  });

  it('reads a command as shell words, or as the list given', () => {
    const file = [
      'services:',
      '  quoted:',
      '    image: busybox:1.38',
      '    command: sh -c "echo hi there"',
      '  listed:',
      '    image: busybox:1.38',
      '    command: ["sh", "-c", "echo one two"]',
      '',
    ].join('\n');
    const { state, results } = runLines(['docker compose up -d', 'docker compose logs'], withFile(file));
    expect(state.containers.map((container) => container.argv)).toEqual([
      ['sh', '-c', 'echo hi there'],
      ['sh', '-c', 'echo one two'],
    ]);
    expect(results[1]?.stdout).toBe('quoted-1  | hi there\nlisted-1  | one two\n');
  });

  it('says Running for what already runs, starts what was stopped, and notes that it returns at once without -d', () => {
    const { results } = runLines(
      ['docker compose up -d', 'docker stop playground-web-1', 'docker compose up'],
      withFile(SHOP),
    );
    expect(results[2]?.stderr).toBe(
      '[+] Running 2/2\n ✔ Container playground-db-1  Running\n ✔ Container playground-web-1  Started\n',
    );
    expect(results[2]?.notes.map((note) => note.text)).toEqual([
      'Without -d, docker compose up stays attached and streams the logs until Ctrl-C; here it returns at once, as if you had used -d. Read the output with docker compose logs.',
    ]);
  });

  it('gives its network the next free subnet', () => {
    const { state } = runLines(
      ['docker network create a', 'docker network create b', 'docker network rm a', 'docker compose up -d'],
      withFile(SHOP),
    );
    expect(
      state.networks.filter((network) => !network.builtin).map((network) => [network.name, network.subnet]),
    ).toEqual([
      ['b', '172.19.0.0/16'],
      ['playground_default', '172.18.0.0/16'],
    ]);
  });

  it("stops at a service the daemon refuses, with the daemon's words and what was done before", () => {
    const file = [
      'services:',
      '  web:',
      '    image: nginx:1.30',
      '    ports: ["8080:80"]',
      '  copy:',
      '    image: nginx:1.30',
      '    ports: ["8080:80"]',
      '  later:',
      '    image: busybox:1.38',
      '',
    ].join('\n');
    const { last, state } = runLines(['docker compose up -d'], withFile(file));
    expect(last.exit).toBe(1);
    expect(last.stderr).toMatch(
      new RegExp(
        [
          '^ ✔ Network playground_default  Created',
          ' ✔ Container playground-web-1  Created',
          ' ✔ Container playground-web-1  Started',
          ' ✔ Container playground-copy-1  Created',
          'Error response from daemon: driver failed programming external connectivity on endpoint playground-copy-1 \\([0-9a-f]{64}\\): Bind for 0\\.0\\.0\\.0:8080 failed: port is already allocated\n$',
        ].join('\n'),
      ),
    );
    expect(state.containers.map((container) => [container.name, container.status])).toEqual([
      ['playground-web-1', 'running'],
      ['playground-copy-1', 'created'],
    ]);
  });

  it('stops at an image it cannot pull, keeping the network it made', () => {
    const { last, state } = runLines(['docker compose up -d'], withFile('services:\n  web:\n    image: nope:1\n'));
    expect(last.exit).toBe(1);
    expect(last.stderr).toBe(
      " ✔ Network playground_default  Created\nUnable to find image 'nope:1' locally\nError response from daemon: pull access denied for nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
    );
    expect(state.containers).toEqual([]);
    expect(state.networks.map((network) => network.name)).toContain('playground_default');
  });
});

describe('docker compose ps and logs', () => {
  it('lists the running services by name, and the stopped ones too with --all', () => {
    // zdb starts first (web depends on it), and is listed last.
    const file = SHOP.replaceAll('db', 'zdb');
    const { results } = runLines(
      [
        'docker compose up -d',
        'docker run -d --name loose busybox:1.38 sleep 60',
        'docker stop playground-zdb-1',
        'docker compose ps',
        'docker compose ps -a',
      ],
      withFile(file),
    );
    expect(table(results[3]?.stdout ?? '')).toEqual([
      ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'],
      [
        'playground-web-1',
        'nginx:1.30',
        '"/docker-entrypoint.…"',
        'web',
        '6 seconds ago',
        'Up 6 seconds',
        '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
      ],
    ]);
    expect(table(results[4]?.stdout ?? '').map((row) => [row[0], row[2], row[5]])).toEqual([
      ['NAME', 'COMMAND', 'STATUS'],
      ['playground-web-1', '"/docker-entrypoint.…"', 'Up 8 seconds'],
      ['playground-zdb-1', '"sleep infinity"', 'Exited (137) 4 seconds ago'],
    ]);
  });

  it('quotes a word with spaces in COMMAND, as the daemon summarises it', () => {
    const file = 'services:\n  job:\n    image: busybox:1.38\n    command: ["sh", "-c", "sleep 60"]\n';
    const { last } = runLines(['docker compose up -d', 'docker compose ps'], withFile(file));
    expect(table(last.stdout)[1]?.[2]).toBe(`"sh -c 'sleep 60'"`);
  });

  it('lists a restarting service without --all, as docker ps does', () => {
    const file = 'services:\n  loop:\n    image: busybox:1.38\n    command: sh -c "exit 2"\n    restart: always\n';
    const { last } = runLines(['docker compose up -d', 'docker compose ps'], withFile(file));
    expect(table(last.stdout)[1]).toEqual([
      'playground-loop-1',
      'busybox:1.38',
      `"sh -c 'exit 2'"`,
      'loop',
      '2 seconds ago',
      'Restarting (2) 2 seconds ago',
    ]);
  });

  it('prints only the header before up', () => {
    const { last } = runLines(['docker compose ps'], withFile(SHOP));
    expect(last.stdout).toBe('NAME      IMAGE     COMMAND   SERVICE   CREATED   STATUS    PORTS\n');
  });

  it("prefixes each service's log lines with its padded name", () => {
    const file = [
      'services:',
      '  a:',
      '    image: busybox:1.38',
      '    command: echo from a',
      '  bigger:',
      '    image: busybox:1.38',
      '    command: echo from bigger',
      '',
    ].join('\n');
    const { results } = runLines(
      ['docker run --name loose busybox:1.38 echo stray', 'docker compose up -d', 'docker compose logs'],
      withFile(file),
    );
    expect(results[2]?.stdout).toBe('a-1       | from a\nbigger-1  | from bigger\n');
  });
});

describe('docker compose down', () => {
  it('removes the containers in reverse order and the network, keeping volumes unless -v', () => {
    const { results, state } = runLines(
      ['docker compose up -d', 'docker volume create mine', 'docker compose down', 'docker compose down -v'],
      withFile(SHOP),
    );
    expect(results[2]?.stderr).toBe(
      '[+] Running 3/3\n ✔ Container playground-web-1  Removed\n ✔ Container playground-db-1  Removed\n ✔ Network playground_default  Removed\n',
    );
    expect(results[3]?.stderr).toBe('[+] Running 1/1\n ✔ Volume playground_data  Removed\n');
    expect(state.containers).toEqual([]);
    expect(state.networks.map((network) => network.name)).toEqual(['bridge', 'host', 'none']);
    expect(state.volumes.map((volume) => volume.name)).toEqual(['mine']);
  });

  it("leaves containers and networks that are not the project's", () => {
    const { state } = runLines(
      [
        'docker network create other',
        'docker run -d --name loose --network other busybox:1.38 sleep 60',
        'docker compose up -d',
        'docker compose down',
      ],
      withFile(SHOP),
    );
    expect(state.containers.map((container) => container.name)).toEqual(['loose']);
    expect(state.networks.map((network) => network.name)).toEqual(['bridge', 'host', 'none', 'other']);
  });
});
