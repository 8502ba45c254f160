import { describe, expect, it } from 'vitest';
import { findByName, runLines } from './run.ts';

/**
 * docker network, volume, system prune and port: the messages, exit statuses and state a reader
 * sees, worded as docker/cli v29.7.2 and moby docker-v29.7.2 word them.
 */

const table = (stdout: string): string[][] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((row) => row.split(/ {2,}/));

const usageError = (command: string, requires: string, usage: string): string =>
  `docker: '${command}' requires ${requires}\n\nUsage:  ${command} ${usage}\n\nRun '${command} --help' for more information\n`;

describe('argument counts, as cli/required.go words them', () => {
  it('refuses too few and too many arguments, exit 1, without a change of state', () => {
    const lines = [
      'docker network create',
      'docker network create a b',
      'docker network connect a',
      'docker network disconnect a b c',
      'docker volume create a b',
      'docker port',
      'docker container port web 80 81',
    ];
    const { results, state } = runLines(lines);
    expect(results.map((result) => result.stderr)).toEqual([
      usageError('docker network create', '1 argument', '[OPTIONS] NETWORK'),
      usageError('docker network create', '1 argument', '[OPTIONS] NETWORK'),
      usageError('docker network connect', '2 arguments', '[OPTIONS] NETWORK CONTAINER'),
      usageError('docker network disconnect', '2 arguments', '[OPTIONS] NETWORK CONTAINER'),
      usageError('docker volume create', 'at most 1 argument', '[OPTIONS] [VOLUME]'),
      usageError('docker port', 'at least 1 and at most 2 arguments', 'CONTAINER [PRIVATE_PORT[/PROTO]]'),
      usageError('docker container port', 'at least 1 and at most 2 arguments', 'CONTAINER [PRIVATE_PORT[/PROTO]]'),
    ]);
    expect(results.map((result) => [result.stdout, result.exit])).toEqual(lines.map(() => ['', 1]));
    expect(state.networks.map((network) => network.name)).toEqual(['bridge', 'host', 'none']);
    expect(state.volumes).toEqual([]);
  });
});

describe('docker network create and ls', () => {
  it('prints the new ID, gives each network its own subnet and lists them by name', () => {
    const { results, state } = runLines([
      'docker network create web',
      'docker network create app',
      'docker network ls',
      'docker network ls -q',
    ]);
    const [web, app] = ['web', 'app'].map((name) => state.networks.find((network) => network.name === name));
    expect(results[0]?.stdout).toBe(`${web?.id}\n`);
    expect(results[1]?.stdout).toBe(`${app?.id}\n`);
    expect([web?.subnet, app?.subnet, web?.driver, web?.builtin]).toEqual([
      '172.18.0.0/16',
      '172.19.0.0/16',
      'bridge',
      false,
    ]);
    const rows = (results[2]?.stdout ?? '').trimEnd().split('\n');
    expect(rows[0]?.split(/ {2,}/)).toEqual(['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE']);
    expect(rows.slice(1).map((row) => row.split(/ {2,}/).slice(1))).toEqual([
      ['app', 'bridge', 'local'],
      ['bridge', 'bridge', 'local'],
      ['host', 'host', 'local'],
      ['none', 'null', 'local'],
      ['web', 'bridge', 'local'],
    ]);
    const sorted = [...state.networks].sort((a, b) => a.name.localeCompare(b.name));
    expect(results[3]?.stdout).toBe(sorted.map((network) => `${network.id.slice(0, 12)}\n`).join(''));
  });

  it('refuses a taken name and a driver the playground does not model, leaving the networks as they were', () => {
    const { results, state } = runLines([
      'docker network create app',
      'docker network create app',
      'docker network create --driver overlay mesh',
      'docker network create -d bridge other',
    ]);
    expect(results.slice(1, 3).map((result) => [result.stdout, result.stderr, result.exit])).toEqual([
      ['', 'Error response from daemon: network with name app already exists\n', 1],
      ['', 'Error response from daemon: the playground models bridge networks only, not overlay\n', 1],
    ]);
    expect(results[3]?.exit).toBe(0);
    expect(state.networks.filter((network) => !network.builtin).map((network) => network.name)).toEqual([
      'app',
      'other',
    ]);
  });

  it('takes the next free subnet after one is removed', () => {
    const { state } = runLines([
      'docker network create a',
      'docker network create b',
      'docker network rm a',
      'docker network create c',
    ]);
    expect(
      state.networks.filter((network) => !network.builtin).map((network) => [network.name, network.subnet]),
    ).toEqual([
      ['b', '172.19.0.0/16'],
      ['c', '172.18.0.0/16'],
    ]);
  });
});

describe('the order of lists', () => {
  it('lists networks and volumes as NaturalLess sorts names: numbers by value, capitals first', () => {
    const { results } = runLines([
      'docker network create web10',
      'docker network create web9',
      'docker network create Web',
      'docker volume create v10',
      'docker volume create v9',
      'docker volume create V',
      'docker network ls',
      'docker volume ls -q',
    ]);
    expect(table(results[6]?.stdout ?? '').map((row) => row[1])).toEqual([
      'NAME',
      'Web',
      'bridge',
      'host',
      'none',
      'web9',
      'web10',
    ]);
    expect(results[7]?.stdout).toBe('V\nv9\nv10\n');
  });
});

describe('docker network connect and disconnect', () => {
  it('adds a network beside the others with its aliases, an address only when running, and takes it away', () => {
    const { results, state } = runLines([
      'docker network create app',
      'docker run -d --name web busybox:1.38 sleep infinity',
      'docker create --name idle busybox:1.38',
      'docker network connect --alias api --alias www app web',
      'docker network connect app idle',
      'docker network disconnect bridge web',
    ]);
    expect(results.slice(3).map((result) => [result.stdout, result.stderr, result.exit])).toEqual([
      ['', '', 0],
      ['', '', 0],
      ['', '', 0],
    ]);
    expect(findByName(state, 'web')?.endpoints).toEqual([
      { network: 'app', ip: '172.18.0.2', aliases: ['api', 'www'] },
    ]);
    expect(findByName(state, 'idle')?.endpoints.map((endpoint) => [endpoint.network, endpoint.ip])).toEqual([
      ['bridge', ''],
      ['app', ''],
    ]);
  });

  it("answers a missing network or container, a second connect and a disconnect from a network it is not on, in the daemon's words", () => {
    const { results, state } = runLines([
      'docker network create app',
      'docker run -d --name web busybox:1.38 sleep infinity',
      'docker network connect nope web',
      'docker network connect app nope',
      'docker network connect bridge web',
      'docker network disconnect app web',
      'docker network disconnect nope web',
    ]);
    const id = findByName(state, 'web')?.id ?? '';
    expect(results.slice(2).map((result) => [result.stderr, result.exit])).toEqual([
      ['Error response from daemon: network nope not found\n', 1],
      ['Error response from daemon: No such container: nope\n', 1],
      ['Error response from daemon: endpoint with name web already exists in network bridge\n', 1],
      [`Error response from daemon: container ${id} is not connected to network app\n`, 1],
      ['Error response from daemon: network nope not found\n', 1],
    ]);
    expect(findByName(state, 'web')?.endpoints.map((endpoint) => endpoint.network)).toEqual(['bridge']);
  });
});

describe('docker network rm', () => {
  it('removes what it can, reports the rest and ends with the exit status line', () => {
    const { results, state } = runLines([
      'docker network create app',
      'docker network create idle',
      'docker network create spare',
      'docker run -d --name web --network app busybox:1.38 sleep infinity',
      'docker create --name later --network idle busybox:1.38',
      'docker network rm nope bridge app idle spare',
    ]);
    const web = findByName(state, 'web')?.id.slice(0, 12) ?? '';
    expect(results[5]).toMatchObject({
      stdout: 'idle\nspare\n',
      stderr: [
        'Error response from daemon: network nope not found',
        'Error response from daemon: bridge is a pre-defined network and cannot be removed',
        `Error response from daemon: error while removing network: network app has active endpoints (name:"web" id:"${web}")`,
        'exit status 1',
        '',
      ].join('\n'),
      exit: 1,
    });
    expect(state.networks.map((network) => network.name)).toEqual(['bridge', 'host', 'none', 'app']);
  });

  it('passes over a missing network with -f, and prints no status line when all went well', () => {
    const { results } = runLines(['docker network create app', 'docker network rm -f nope app']);
    expect(results[1]).toMatchObject({ stdout: 'app\n', stderr: '', exit: 0 });
  });
});

describe('docker volume create, ls and rm', () => {
  it('names an unnamed volume by a new ID, keeps an existing one and lists them by name', () => {
    const { results, state } = runLines([
      'docker volume create zeta',
      'docker volume create',
      'docker volume create zeta',
      'docker volume ls',
      'docker volume ls -q',
    ]);
    const anonymous = state.volumes.find((volume) => volume.anonymous);
    expect(anonymous?.name).toMatch(/^[0-9a-f]{64}$/);
    expect(state.volumes.map((volume) => [volume.name, volume.anonymous])).toEqual([
      ['zeta', false],
      [anonymous?.name, true],
    ]);
    expect(results.slice(0, 3).map((result) => result.stdout)).toEqual(['zeta\n', `${anonymous?.name}\n`, 'zeta\n']);
    expect(results[3]?.stdout.split('\n').map((row) => row.split(/ {2,}/))).toEqual([
      ['DRIVER', 'VOLUME NAME'],
      ['local', anonymous?.name],
      ['local', 'zeta'],
      [''],
    ]);
    expect(results[4]?.stdout).toBe(`${anonymous?.name}\nzeta\n`);
  });

  it('refuses a volume a stopped container mounts, removes the rest, and says nothing of a missing one with -f', () => {
    const { results, state } = runLines([
      'docker volume create data',
      'docker volume create spare',
      'docker create --name holder -v data:/data busybox:1.38',
      'docker volume rm nope data spare',
      'docker volume rm -f nope',
    ]);
    const holder = findByName(state, 'holder')?.id ?? '';
    expect(results[3]).toMatchObject({
      stdout: 'spare\n',
      stderr: `Error response from daemon: get nope: no such volume\nError response from daemon: remove data: volume is in use - [${holder}]\n`,
      exit: 1,
    });
    expect(results[4]).toMatchObject({ stdout: '', stderr: '', exit: 0 });
    expect(state.volumes.map((volume) => volume.name)).toEqual(['data']);
  });
});

describe('prune commands', () => {
  const prompt = (warning: string): string => `WARNING! ${warning}\nAre you sure you want to continue? [y/N] \n`;
  const NOTE = 'This console cannot answer the prompt: run the command again with -f to answer yes.';

  it('asks before removing anything, and says how to answer yes', () => {
    const { results, state } = runLines([
      'docker volume create',
      'docker volume prune',
      'docker volume prune --all',
      'docker network prune',
      'docker system prune',
      'docker system prune --all --volumes',
    ]);
    expect(
      results.slice(1).map((result) => [result.stdout, result.notes.map((note) => note.text), result.exit]),
    ).toEqual([
      [prompt('This will remove anonymous local volumes not used by at least one container.'), [NOTE], 0],
      [prompt('This will remove all local volumes not used by at least one container.'), [NOTE], 0],
      [prompt('This will remove all custom networks not used by at least one container.'), [NOTE], 0],
      [
        prompt(
          'This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n',
        ),
        [NOTE],
        0,
      ],
      [
        prompt(
          'This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all anonymous volumes not used by at least one container\n  - all images without at least one container associated to them\n  - unused build cache\n',
        ),
        [NOTE],
        0,
      ],
    ]);
    expect(state.volumes).toHaveLength(1);
  });

  it('prunes anonymous volumes no container mounts, and named ones too with --all', () => {
    const { results, state } = runLines([
      'docker volume create',
      'docker volume create named',
      'docker volume create kept',
      'docker create --name holder -v kept:/data busybox:1.38',
      'docker volume prune -f',
      'docker volume prune -f',
      'docker volume prune -a -f',
    ]);
    const anonymous = results[0]?.stdout.trim() ?? '';
    expect(results.slice(4).map((result) => result.stdout)).toEqual([
      `Deleted Volumes:\n${anonymous}\n\nTotal reclaimed space: 0B\n`,
      'Total reclaimed space: 0B\n',
      'Deleted Volumes:\nnamed\n\nTotal reclaimed space: 0B\n',
    ]);
    expect(state.volumes.map((volume) => volume.name)).toEqual(['kept']);
  });

  it('prunes custom networks no container is on, ending the list with a blank line', () => {
    const { results, state } = runLines([
      'docker network create used',
      'docker network create spare',
      'docker create --name c --network used busybox:1.38',
      'docker network prune -f',
      'docker network prune -f',
    ]);
    expect(results.slice(3).map((result) => result.stdout)).toEqual(['Deleted Networks:\nspare\n\n', '']);
    expect(state.networks.map((network) => network.name)).toEqual(['bridge', 'host', 'none', 'used']);
  });

  it('system prune removes stopped containers, then the networks and, when asked, volumes and images they held', () => {
    const { results, state } = runLines([
      'docker network create app',
      'docker network create busy',
      'docker volume create',
      'docker run -d --name done --network app busybox:1.38 true',
      'docker create --name fresh busybox:1.38',
      'docker run -d --name up --network busy nginx:1.30',
      'docker system prune -f',
    ]);
    const [done, fresh] = results.slice(3, 5).map((result) => result.stdout.trim());
    expect(results[6]?.stdout).toBe(
      `Deleted Containers:\n${done}\n${fresh}\n\nDeleted Networks:\napp\n\nTotal reclaimed space: 0B\n`,
    );
    expect(state.containers.map((container) => container.name)).toEqual(['up']);
    expect(state.networks.map((network) => network.name)).toEqual(['bridge', 'host', 'none', 'busy']);
    expect(state.volumes).toHaveLength(1);
    expect(state.images.flatMap((image) => image.refs)).toEqual(['busybox:1.38', 'nginx:1.30']);

    const all = runLines(['docker system prune -f --all --volumes'], state);
    const busybox = state.images.find((image) => image.refs.includes('busybox:1.38'));
    expect(all.last.stdout).toBe(
      `Deleted Volumes:\n${state.volumes[0]?.name}\n\nDeleted Images:\nuntagged: busybox:1.38\ndeleted: sha256:${busybox?.id}\n\nTotal reclaimed space: 0B\n`,
    );
    expect(all.state.volumes).toEqual([]);
    expect(all.state.images.flatMap((image) => image.refs)).toEqual(['nginx:1.30']);
  });
});

describe('docker port', () => {
  it('lists nothing for a stopped container, and names a port as typed when it is not published', () => {
    const { results } = runLines([
      'docker create --name idle -p 8080:80 nginx:1.30',
      'docker port idle',
      'docker port idle 80',
      'docker port nope',
    ]);
    expect(results.slice(1).map((result) => [result.stdout, result.stderr, result.exit])).toEqual([
      ['', '', 0],
      ['', "no public port '80' published for idle\n", 1],
      ['', 'Error response from daemon: No such container: nope\n', 1],
    ]);
  });

  it('sorts both forms by port number, then the address, and reads a port without a protocol as TCP', () => {
    const { results } = runLines([
      'docker run -d --name web -p 127.0.0.1:9000:9000 -p 127.0.0.1:8079:80 -p 8080:80 -p 5353:53/udp nginx:1.30',
      'docker port web',
      'docker port web 53/udp',
      'docker port web 53',
      'docker port web 9000',
      'docker port web 80',
    ]);
    expect(results[1]?.stdout).toBe(
      [
        '53/udp -> 0.0.0.0:5353',
        '53/udp -> [::]:5353',
        '80/tcp -> 0.0.0.0:8080',
        '80/tcp -> 127.0.0.1:8079',
        '80/tcp -> [::]:8080',
        '9000/tcp -> 127.0.0.1:9000',
        '',
      ].join('\n'),
    );
    expect(results.slice(2).map((result) => [result.stdout, result.stderr])).toEqual([
      ['0.0.0.0:5353\n[::]:5353\n', ''],
      ['', "no public port '53' published for web\n"],
      ['127.0.0.1:9000\n', ''],
      ['0.0.0.0:8080\n127.0.0.1:8079\n[::]:8080\n', ''],
    ]);
  });
});
