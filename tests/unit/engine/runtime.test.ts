import { describe, expect, it } from 'vitest';
import { createState, withImages } from '../../../src/lib/engine/index.ts';
import { findByName, runLines } from './run.ts';

/** What starting and stopping a container does: files, names, addresses, ports, restarts, --rm. */

const ping = (name: string, ip: string): string =>
  `PING ${name} (${ip}): 56 data bytes\n64 bytes from ${ip}: seq=0 ttl=64 time=0.081 ms\n\n--- ${name} ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = 0.081/0.081/0.081 ms\n`;

describe('files', () => {
  it('writes into the volume mounted over a path, and the layer elsewhere', () => {
    const { results, state } = runLines([
      'docker run -d --name a -v data:/data busybox:1.38 sleep 60',
      "docker exec a sh -c 'echo v > /data/f; echo l > /tmp/h'",
      'docker run --rm -v data:/mnt busybox:1.38 cat /mnt/f',
      'docker exec a cat /tmp/h',
      'docker run --rm busybox:1.38 cat /tmp/h',
    ]);
    expect(results.slice(2).map((result) => [result.stdout, result.exit])).toEqual([
      ['v\n', 0],
      ['l\n', 0],
      ['', 1],
    ]);
    expect(state.volumes[0]?.files).toEqual({ '/f': 'v\n' });
    expect(findByName(state, 'a')?.files).toEqual({ '/tmp/h': 'l\n' });
  });

  it('writes into the deepest of two nested volume mounts', () => {
    const { state } = runLines([
      'docker run -d --name a -v outer:/data -v inner:/data/inner busybox:1.38 sleep 60',
      "docker exec a sh -c 'echo x > /data/inner/f; echo y > /data/g'",
    ]);
    expect(state.volumes.map((volume) => [volume.name, volume.files])).toEqual([
      ['outer', { '/g': 'y\n' }],
      ['inner', { '/f': 'x\n' }],
    ]);
  });
});

describe('names and addresses', () => {
  it('resolves running containers on a user-defined network by name, itself included, not stopped ones', () => {
    const { results } = runLines([
      'docker network create app',
      'docker run -d --name a --network app busybox:1.38 sleep 60',
      'docker run -d --name b --network app busybox:1.38 sleep 60',
      'docker exec a ping -c1 b',
      'docker exec a ping -c1 a',
      'docker exec a cat /etc/resolv.conf',
      'docker stop b',
      'docker exec a ping -c1 b',
    ]);
    expect(results[3]?.stdout).toBe(ping('b', '172.18.0.3'));
    expect(results[4]?.stdout).toBe(ping('a', '172.18.0.2'));
    expect(results[5]?.stdout).toBe('nameserver 127.0.0.11\noptions ndots:0\n');
    expect([results[7]?.stderr, results[7]?.exit]).toEqual(["ping: bad address 'b'\n", 1]);
  });

  it('resolves a short ID, and gives the default bridge the host resolver and no names', () => {
    const setup = runLines([
      'docker network create app',
      'docker run -d --name a --network app busybox:1.38 sleep 60',
      'docker run -d --name b --network app busybox:1.38 sleep 60',
    ]);
    const short = setup.state.containers[1]?.id.slice(0, 12) ?? '';
    const { results } = runLines(
      [
        `docker exec a ping -c1 ${short}`,
        'docker run -d --name c busybox:1.38 sleep 60',
        'docker exec c cat /etc/resolv.conf',
        'docker exec c ping -c1 a',
      ],
      setup.state,
    );
    expect(results[0]?.stdout).toBe(ping(short, '172.18.0.3'));
    expect(results[2]?.stdout).toBe('nameserver 192.168.65.7\n');
    expect(results[3]?.stderr).toBe("ping: bad address 'a'\n");
  });

  it('lets a starting container resolve its own name, and gives a connected one an address on each network', () => {
    const { results } = runLines([
      'docker network create app',
      'docker run --rm --network app --name x busybox:1.38 ping -c1 x',
      'docker run -d --name w busybox:1.38 sleep 60',
      'docker network connect app w',
      "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}' w",
      'docker run --rm --network host busybox:1.38 ping -c1 w',
    ]);
    expect(results[1]?.stdout).toBe(ping('x', '172.18.0.2'));
    expect(results[4]?.stdout).toBe('172.18.0.2 172.17.0.2 \n');
    expect(results[5]?.stderr).toBe("ping: bad address 'w'\n");
  });

  it('gives each network its own addresses from .2, and frees them when a container stops', () => {
    const { results } = runLines([
      'docker run -d --name a busybox:1.38 sleep 60',
      'docker run -d --name b busybox:1.38 sleep 60',
      'docker stop a',
      'docker run -d --name c busybox:1.38 sleep 60',
      "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' b c a",
    ]);
    expect(results[4]?.stdout).toBe('172.17.0.3\n172.17.0.2\n\n');
  });
});

describe('environment', () => {
  it('starts with the daemon PATH and HOSTNAME, keeps a HOME of -e, and lets exec -e override', () => {
    const { results } = runLines([
      'docker run -d -e HOME=/home/x --name h busybox:1.38 sleep 60',
      'docker exec h env',
      'docker exec -e HOSTNAME=other h env',
    ]);
    const path = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    const id = results[0]?.stdout.slice(0, 12) ?? '';
    expect(results[1]?.stdout).toBe(`${path}\nHOSTNAME=${id}\nHOME=/home/x\n`);
    expect(results[2]?.stdout).toBe(`${path}\nHOSTNAME=other\nHOME=/home/x\n`);
  });
});

describe('ports', () => {
  it('clashes on the same host port and protocol where the addresses overlap', () => {
    const { results } = runLines([
      'docker run -d --name a -p 127.0.0.1:8080:80 nginx:1.30',
      'docker run -d --name b -p 127.0.0.2:8080:80 nginx:1.30',
      'docker run -d --name c -p 8080:80/udp nginx:1.30',
      'docker run -d --name d -p 8080:80 nginx:1.30',
      'docker run -d --name e -p 127.0.0.1:9090:80 nginx:1.30',
      'docker run -d --name f -p 9090:80 nginx:1.30',
    ]);
    expect(results.map((result) => result.exit)).toEqual([0, 0, 0, 125, 0, 125]);
    expect(results[3]?.stderr).toContain('Bind for 0.0.0.0:8080 failed: port is already allocated');
  });

  it('frees a port when its container stops', () => {
    const { last } = runLines([
      'docker run -d --name a -p 8080:80 nginx:1.30',
      'docker stop a',
      'docker run -d --name b -p 8080:80 nginx:1.30',
    ]);
    expect(last.exit).toBe(0);
  });
});

describe('restart policies and --rm', () => {
  it('does not restart an on-failure container that exits 0, and loops an unless-stopped one', () => {
    const { results } = runLines([
      'docker run -d --name ok --restart on-failure:3 busybox:1.38 true',
      "docker run -d --name u --restart unless-stopped busybox:1.38 sh -c 'exit 1'",
      "docker run -d --name any --restart on-failure busybox:1.38 sh -c 'exit 1'",
      "docker ps -a --format '{{.Names}} {{.Status}}'",
      'docker stop u',
      "docker ps -a --format '{{.Names}} {{.Status}}'",
    ]);
    expect(results[3]?.stdout).toBe(
      'any Restarting (1) 2 seconds ago\nu Restarting (1) 4 seconds ago\nok Exited (0) 6 seconds ago\n',
    );
    expect(results[5]?.stdout).toContain('u Exited (137) 2 seconds ago\n');
  });

  it('stops postgres and redis cleanly (0)', () => {
    const { state } = runLines([
      'docker run -d --name r -e POSTGRES_PASSWORD=x postgres:18',
      'docker run -d --name s redis:8',
      'docker stop r s',
    ]);
    expect(state.containers.map((item) => [item.name, item.status, item.exitCode])).toEqual([
      ['r', 'exited', 0],
      ['s', 'exited', 0],
    ]);
  });

  it('removes a --rm container when it ends or stops, with its anonymous volumes only', () => {
    const { state } = runLines([
      'docker run --rm -v keep:/k -v /anon busybox:1.38 true',
      'docker run -d --rm --name t -v /anon2 busybox:1.38 sleep 60',
      'docker stop t',
    ]);
    expect(state.containers).toEqual([]);
    expect(state.volumes.map((volume) => volume.name)).toEqual(['keep']);
  });

  it('keeps the last 200 log lines', () => {
    const { state } = runLines([
      "docker run --name many --restart on-failure:150 busybox:1.38 sh -c 'echo one; echo two; exit 1'",
    ]);
    const logs = findByName(state, 'many')?.logs ?? [];
    expect(logs).toHaveLength(200);
    expect(findByName(state, 'many')?.restartCount).toBe(150);
  });
});

describe('names on a user-defined network', () => {
  it('resolve to running containers and the container itself, not to a stopped one or across networks', () => {
    const { results } = runLines([
      'docker network create app',
      'docker network create other',
      'docker run -d --name a --network app busybox:1.38 sleep 60',
      'docker run -d --name b --network app busybox:1.38 sleep 60',
      'docker run -d --name far --network other busybox:1.38 sleep 60',
      'docker stop b',
      'docker exec a ping -c1 b',
      'docker exec a ping -c1 a',
      'docker exec a ping -c1 far',
      'docker run --rm busybox:1.38 ping -c1 a',
      'docker run --rm --network host busybox:1.38 ping -c1 a',
    ]);
    expect(results.slice(6).map((result) => [result.stderr, result.exit])).toEqual([
      ["ping: bad address 'b'\n", 1],
      ['', 0],
      ["ping: bad address 'far'\n", 1],
      ["ping: bad address 'a'\n", 1],
      ["ping: bad address 'a'\n", 1],
    ]);
  });

  it('resolve a compose service by its service name', () => {
    const file = 'services:\n  web:\n    image: nginx:1.30\n  cache:\n    image: redis:8\n';
    const start = { ...withImages(createState('names'), ['busybox:1.38', 'nginx:1.30', 'redis:8']), composeFile: file };
    const { last, state } = runLines(['docker compose up -d', 'docker exec playground-web-1 ping -c1 cache'], start);
    const ip = findByName(state, 'playground-cache-1')?.endpoints[0]?.ip;
    expect(last.stdout.split('\n')[0]).toBe(`PING cache (${ip}): 56 data bytes`);
  });
});

describe('published ports', () => {
  it('clash on the same address or with 0.0.0.0, not on two different addresses, and not with a stopped container', () => {
    const { results, state } = runLines([
      'docker run -d --name p1 -p 127.0.0.1:8080:80 nginx:1.30',
      'docker run -d --name p2 -p 127.0.0.2:8080:80 nginx:1.30',
      'docker run -d --name p3 -p 8080:80 nginx:1.30',
      'docker run -d --name p4 -p 127.0.0.1:8080:80 nginx:1.30',
      'docker stop p1 p2',
      'docker start p3',
    ]);
    expect(results.map((result) => result.exit)).toEqual([0, 0, 125, 125, 0, 0]);
    expect(results[2]?.stderr).toContain('Bind for 0.0.0.0:8080 failed: port is already allocated');
    expect(results[3]?.stderr).toContain('Bind for 127.0.0.1:8080 failed: port is already allocated');
    expect(state.containers.map((container) => [container.name, container.status])).toEqual([
      ['p1', 'exited'],
      ['p2', 'exited'],
      ['p3', 'running'],
      ['p4', 'created'],
    ]);
  });
});

describe('stop and kill', () => {
  it('let nginx shut down cleanly on stop (exit 0, its SIGQUIT notice), and end it with 137 on kill', () => {
    const { results, state } = runLines([
      'docker run -d --name stopped nginx:1.30',
      'docker run -d --name killed nginx:1.30',
      'docker run -d --name sleeper busybox:1.38 sleep 60',
      'docker stop stopped sleeper',
      'docker kill killed',
      'docker logs stopped',
      'docker logs killed',
      'docker stop stopped',
    ]);
    expect(state.containers.map((container) => [container.name, container.status, container.exitCode])).toEqual([
      ['stopped', 'exited', 0],
      ['killed', 'exited', 137],
      ['sleeper', 'exited', 137],
    ]);
    expect(results[5]?.stderr.trimEnd().split('\n').at(-1)).toBe(
      '[notice] 1#1: signal 3 (SIGQUIT) received, shutting down',
    );
    expect(results[6]?.stderr).not.toContain('SIGQUIT');
    expect([results[7]?.stdout, results[7]?.exit]).toEqual(['stopped\n', 0]);
    expect(findByName(state, 'stopped')?.endpoints.map((endpoint) => endpoint.ip)).toEqual(['']);
  });

  it('gives a restarting container’s address back only once it is stopped', () => {
    const { state } = runLines([
      "docker run -d --name loop --restart always busybox:1.38 sh -c 'exit 1'",
      'docker run -d --name once busybox:1.38 true',
    ]);
    expect(findByName(state, 'loop')?.status).toBe('restarting');
    expect(findByName(state, 'loop')?.endpoints[0]?.ip).toMatch(/^172\.17\.0\.\d+$/);
    expect(findByName(state, 'once')?.endpoints[0]?.ip).toBe('');
  });
});

describe('the Mounts column', () => {
  it('cuts a name or source to 15 columns with the CLI’s ellipsis', () => {
    const { last } = runLines([
      'docker run -d --name a -v averyveryverylongname:/d -v /srv/some/long/path:/x -v exactly15chars_:/y -v short:/z busybox:1.38 sleep 60',
      'docker ps --format "{{.Mounts}}"',
    ]);
    expect(last.stdout).toBe('averyveryveryl…,/srv/some/long…,exactly15chars_,short\n');
  });
});
