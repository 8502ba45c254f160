import { describe, expect, it } from 'vitest';
import { CLI } from '../../src/node/cli-data.ts';
import { createState, execute, withImages } from '../../src/lib/engine/index.ts';
import { findLesson, LESSONS } from '../../src/lib/engine/lessons.ts';
import { createSession, isSolved, runLine, fromShareFragment } from '../../src/lib/engine/session.ts';
import { ENGINE_CLI } from './engine/replay.ts';
import { findByName as container, runLines as run } from './engine/run.ts';

/** The engine's rules, one by one, on the lines a reader would type. */

describe('IDs', () => {
  it('makes the short ID the first 12 characters of the full one, and repeats on replay', () => {
    const first = run(['docker run -d --name web nginx:1.30']);
    const again = run(['docker run -d --name web nginx:1.30']);
    const id = first.last.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(again.last.stdout.trim()).toBe(id);
    expect(run(['docker run -d --name web nginx:1.30', 'docker ps -q']).last.stdout.trim()).toBe(id.slice(0, 12));
  });
});

describe('ports', () => {
  it('leaves a second container on a taken port Created, prints its ID and exits 125', () => {
    const { state, last } = run([
      'docker run -d --name a -p 8080:80 nginx:1.30',
      'docker run -d --name b -p 8080:80 nginx:1.30',
    ]);
    expect(last.exit).toBe(125);
    expect(last.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(last.stderr).toContain('Bind for 0.0.0.0:8080 failed: port is already allocated');
    expect(container(state, 'b')?.status).toBe('created');
  });
  it('starts the Created container once the port is free', () => {
    const { state } = run([
      'docker run -d --name a -p 8080:80 nginx:1.30',
      'docker run -d --name b -p 8080:80 nginx:1.30',
      'docker rm -f a',
      'docker start b',
    ]);
    expect(container(state, 'b')?.status).toBe('running');
  });
});

describe('name resolution', () => {
  it("fails on the default bridge with busybox's message", () => {
    const { last } = run(['docker run -d --name web nginx:1.30', 'docker run --rm busybox:1.38 ping -c1 web']);
    expect(last.stderr).toBe("ping: bad address 'web'\n");
    expect(last.exit).toBe(1);
  });
  it('works on a user-defined network, and connect adds a network rather than replacing one', () => {
    const { state, last } = run([
      'docker run -d --name web nginx:1.30',
      'docker network create app',
      'docker network connect app web',
      'docker run --rm --network app busybox:1.38 ping -c1 web',
    ]);
    expect(last.exit).toBe(0);
    expect(last.stdout).toMatch(/^PING web \(172\.18\.0\.\d+\)/);
    expect(container(state, 'web')?.endpoints.map((endpoint) => endpoint.network)).toEqual(['bridge', 'app']);
  });
});

describe('removal of what is in use', () => {
  it('refuses a volume a container mounts, even a stopped one', () => {
    const { last } = run(['docker run --name w -v data:/data busybox:1.38 true', 'docker volume rm data']);
    expect(last.exit).toBe(1);
    expect(last.stderr).toMatch(/^Error response from daemon: remove data: volume is in use - \[[0-9a-f]{64}\]\n$/);
  });
  it("refuses an image a running container uses, in the containerd image store's words", () => {
    const { last } = run(['docker run -d --name web nginx:1.30', 'docker rmi nginx:1.30']);
    expect(last.stderr).toMatch(
      /^Error response from daemon: conflict: unable to delete [0-9a-f]{12} \(cannot be forced\) - image is being used by running container [0-9a-f]{12}\n$/,
    );
  });
  it('refuses a network with running containers and never removes a pre-defined one', () => {
    const busy = run([
      'docker network create app',
      'docker run -d --name web --network app nginx:1.30',
      'docker network rm app',
    ]).last;
    expect(busy.stderr).toMatch(/network app has active endpoints \(name:"web" id:"[0-9a-f]{12}"\)\nexit status 1\n$/);
    expect(run(['docker network rm bridge']).last.stderr).toBe(
      'Error response from daemon: bridge is a pre-defined network and cannot be removed\nexit status 1\n',
    );
  });
  it('refuses a running container without -f', () => {
    const { last } = run(['docker run -d --name web nginx:1.30', 'docker rm web']);
    expect(last.stderr).toBe(
      'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
    );
  });
});

describe('lifecycle', () => {
  it('gives an ended main process Exited with its code, and --rm removes it', () => {
    const { state, results } = run([
      "docker run --name three busybox:1.38 sh -c 'exit 3'",
      'docker run --rm busybox:1.38 echo hi',
      'docker run hello-world',
    ]);
    expect(results[0]?.exit).toBe(3);
    expect(container(state, 'three')?.status).toBe('exited');
    expect(results[1]?.stdout).toBe('hi\n');
    expect(state.containers).toHaveLength(2);
    expect(results[2]?.stdout).toContain('Hello from Docker!');
  });
  it('restarts a crashing container up to its on-failure limit, and keeps an always one restarting', () => {
    const { state } = run([
      "docker run -d --name flaky --restart on-failure:3 busybox:1.38 sh -c 'exit 1'",
      "docker run -d --name loop --restart always busybox:1.38 sh -c 'exit 1'",
    ]);
    expect(container(state, 'flaky')).toMatchObject({ status: 'exited', restartCount: 3, exitCode: 1 });
    expect(container(state, 'loop')?.status).toBe('restarting');
  });
  it("stops postgres without a password with the entrypoint's own message", () => {
    const { state, last } = run(
      ['docker run -d --name db postgres:18', 'docker logs db'],
      withImages(createState('pg'), ['postgres:18']),
    );
    expect(container(state, 'db')).toMatchObject({ status: 'exited', exitCode: 1 });
    expect(last.stderr).toContain('Error: Database is uninitialized and superuser password is not specified.');
    expect(
      run(
        ['docker run -d --name db -e POSTGRES_PASSWORD=example postgres:18'],
        withImages(createState('pg'), ['postgres:18']),
      ).state.containers[0]?.status,
    ).toBe('running');
  });
});

describe('environment', () => {
  it('keeps -e values as the CLI sent them, then the image variables no -e names (moby merge)', () => {
    const { last } = run([
      'docker run -d --name box -e A=b -e C -e PATH=/x busybox:1.38 sleep 600',
      "docker inspect -f '{{json .Config.Env}}' box",
    ]);
    expect(last.stdout).toBe('["A=b","C","PATH=/x"]\n');
  });
  it('unsets a bare -e NAME in the process, and exec -e overrides as ReplaceOrAppendEnvValues does', () => {
    const { results } = run([
      'docker run -d --name box -e A=b -e C busybox:1.38 sleep 600',
      'docker exec box env',
      'docker exec -e A -e D=1 box env',
    ]);
    const path = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    const hostname = `HOSTNAME=${results[0]?.stdout.slice(0, 12) ?? ''}`;
    expect(results[1]?.stdout).toBe(`${path}\n${hostname}\nA=b\nHOME=/root\n`);
    expect(results[2]?.stdout).toBe(`${path}\n${hostname}\nD=1\nHOME=/root\n`);
  });
});

describe('images', () => {
  it('pulls a catalogue image on first run, with the messages on stderr', () => {
    const { last } = run(['docker run -d redis:8'], createState('pull'));
    expect(last.stderr).toMatch(/^Unable to find image 'redis:8' locally\n8: Pulling from library\/redis\n/);
    expect(last.stdout).toMatch(/^[0-9a-f]{64}\n$/);
  });
  it('answers an image it does not have honestly', () => {
    const { last } = run(['docker pull mycompany/secret-app:2'], createState('x'));
    expect(last.exit).toBe(1);
    expect(last.stderr).toContain('pull access denied for mycompany/secret-app, repository does not exist');
  });
});

describe('what the concept pages show', () => {
  it('keeps a container whose main process is sleep infinity running', () => {
    const { state } = run(['docker run -d --name box busybox:1.38 sleep infinity']);
    expect(container(state, 'box')?.status).toBe('running');
  });
  it('expands the container environment in an sh -c script', () => {
    const { last } = run([
      `docker run --rm -e GREETING=hello busybox:1.38 sh -c 'echo "$GREETING" \${GREETING}s $NOPE.'`,
    ]);
    expect(last.stdout).toBe('hello hellos .\n');
  });
  it("reads an image's entrypoint and command from its Dockerfile's facts", () => {
    const lines = ['Entrypoint', 'Cmd'].map(
      (field) => `docker image inspect --format '{{json .Config.${field}}}' nginx:1.30`,
    );
    const { results } = run([...lines, "docker image inspect --format '{{json .Config.Entrypoint}}' busybox:1.38"]);
    expect(results.map((result) => result.stdout)).toEqual([
      '["/docker-entrypoint.sh"]\n',
      '["nginx","-g","daemon off;"]\n',
      'null\n',
    ]);
  });
  it('lists published ports with docker port, IPv4 first, and one port on its own', () => {
    const { results } = run([
      'docker run -d --name web -p 8080:80 -p 127.0.0.1:8443:443 nginx:1.30',
      'docker port web',
      'docker port web 80',
      'docker port web 81/udp',
    ]);
    expect(results[1]?.stdout).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n443/tcp -> 127.0.0.1:8443\n');
    expect(results[2]?.stdout).toBe('0.0.0.0:8080\n[::]:8080\n');
    expect(results[3]?.stderr).toBe("no public port '81/udp' published for web\n");
    expect(results[3]?.exit).toBe(1);
  });
  it('says a program it does not know in a large image is not simulated, rather than missing', () => {
    const { last } = run(['docker run --rm nginx:1.30 grep nameserver /etc/resolv.conf']);
    expect(last.exit).toBe(0);
    expect(last.stdout).toBe('grep: this program is not simulated in the playground\n');
  });
});

describe('honesty about what is not simulated', () => {
  it('names an unmodelled flag and links its reference entry', () => {
    const { last } = run(['docker run -d --cap-add NET_ADMIN --name web nginx:1.30']);
    expect(last.exit).toBe(0);
    expect(last.notes[0]).toEqual({
      // An asymmetric matcher stands in for the note's text.
      text: expect.stringContaining('--cap-add is a real flag') as string,
      href: '/reference/cli/docker/container/run/#cap-add',
    });
  });
  it('rejects a flag the CLI does not know, as the CLI does', () => {
    const { last } = run(['docker run --nope nginx:1.30']);
    expect(last.exit).toBe(125);
    expect(last.stderr).toMatch(/^unknown flag: --nope\n\nUsage: {2}docker run \[OPTIONS\] IMAGE/);
  });
});

describe('hostile input', () => {
  it('answers each with a clear message and without a change of state', () => {
    const start = createState('h');
    for (const line of [
      'docker ps '.repeat(1000),
      'docker ps \u001b[31m',
      'docker rm $(docker ps -aq)',
      'docker ps | grep web',
      'for i in 1 2; do docker run busybox; done',
    ]) {
      const result = execute(start, line, ENGINE_CLI);
      expect(result.notes.length + result.stderr.length, line.slice(0, 40)).toBeGreaterThan(0);
      expect(result.state.containers).toEqual([]);
    }
  });
  it('runs a thousand docker run quickly', () => {
    let session = createSession(ENGINE_CLI);
    const began = performance.now();
    for (let index = 0; index < 1000; index += 1)
      session = runLine(session, 'docker run -d busybox:1.38 sleep 600', ENGINE_CLI).session;
    expect(session.state.containers.length).toBe(500);
    expect((performance.now() - began) / 1000).toBeLessThan(16);
  });
  it('refuses a 1 MB compose.yaml and reports broken YAML with its line', () => {
    const big = { ...createState('c'), composeFile: `services:\n${'  # padding\n'.repeat(90_000)}` };
    expect(execute(big, 'docker compose up -d', ENGINE_CLI).notes[0]?.text).toMatch(
      /KB; the playground reads files up to 64 KB/,
    );
    const broken = { ...createState('c'), composeFile: 'services:\n  web:\n    image: "nginx\n' };
    expect(execute(broken, 'docker compose up -d', ENGINE_CLI).notes[0]?.text).toBe(
      'compose.yaml line 3: a double-quoted string is not closed',
    );
  });
});

describe('compose', () => {
  it('brings a project up and down, keeping its volume', () => {
    const session = createSession(ENGINE_CLI, findLesson('compose-up-down'));
    const up = runLine(session, 'docker compose up -d', ENGINE_CLI);
    expect(up.session.state.containers.map((item) => `${item.name} ${item.status}`)).toEqual([
      'playground-redis-1 running',
      'playground-web-1 running',
    ]);
    const down = runLine(up.session, 'docker compose down', ENGINE_CLI);
    expect(down.session.state.containers).toEqual([]);
    expect(down.session.state.volumes.map((volume) => volume.name)).toContain('playground_cache');
  });
});

describe('lessons', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: not solved at the start, solved by its solution`, () => {
      let session = createSession(ENGINE_CLI, lesson);
      expect(isSolved(session)).toBe(false);
      for (const line of lesson.solution) {
        const reply = runLine(session, line, ENGINE_CLI);
        session = reply.session;
      }
      expect(isSolved(session)).toBe(true);
    });
  }
  it('undo restores the state before the last command', () => {
    const first = runLine(createSession(ENGINE_CLI), 'docker volume create data', ENGINE_CLI).session;
    const second = runLine(first, 'docker volume rm data', ENGINE_CLI).session;
    expect(runLine(second, 'undo', ENGINE_CLI).session.state).toEqual(first.state);
  });
  it('round-trips the share fragment', () => {
    let session = createSession(ENGINE_CLI);
    for (const line of ['docker run -d --name web -p 8080:80 nginx:1.30', "docker exec web sh -c 'echo hi > /tmp/x'"])
      session = runLine(session, line, ENGINE_CLI).session;
    const share = runLine(session, 'share', ENGINE_CLI).share ?? '';
    expect(fromShareFragment(share)).toEqual(session.ran.map((item) => item.line));
  });
});

describe('the CLI data the engine reads', () => {
  // `docker inspect` is missing from src/data/docker-cli.json; the engine supplies it (cli.ts).
  // Which lines both accept is in engine-agreement.test.ts.
  it('knows docker inspect and its flags, as the CLI data has them', () => {
    const flags = (index: typeof CLI) =>
      index
        .findCommand('docker inspect')
        ?.flags.map((flag) => flag.name)
        .sort();
    expect(flags(ENGINE_CLI)).toEqual(['--format', '--size', '--type']);
    expect(flags(ENGINE_CLI)).toEqual(flags(CLI));
  });
});

describe('the free console', () => {
  it("brings up the page's example compose.yaml from registry images", () => {
    const file =
      "services:\n  web:\n    image: 'nginx:1.30'\n    ports:\n      - '8080:80'\n  cache:\n    image: 'redis:8'\n    volumes:\n      - cache:/data\nvolumes:\n  cache: {}\n";
    const up = execute({ ...createState('free'), composeFile: file }, 'docker compose up -d', ENGINE_CLI);
    expect(up.exit).toBe(0);
    expect(up.state.containers.map((item) => `${item.name} ${item.status}`)).toEqual([
      'playground-web-1 running',
      'playground-cache-1 running',
    ]);
  });
});
