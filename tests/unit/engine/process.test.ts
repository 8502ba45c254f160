import { describe, expect, it } from 'vitest';
import { createState, withImages } from '../../../src/lib/engine/index.ts';
import { findByName, runLines } from './run.ts';

/**
 * The main processes of the catalogue's images: what their servers log, which programs an image
 * has, and how a container's command ends. Server lines are the ones people look for in each
 * image's logs (nginx, redis, postgres 18 docker-entrypoint.sh, hello-world).
 */

const IMAGES = [
  'busybox:1.38',
  'nginx:1.30',
  'redis:8',
  'postgres:18',
  'hello-world:latest',
  'demo/app:1',
  'ubuntu:24.04',
  'python:3.14',
];
const start = () => withImages(createState('process'), IMAGES);
const run = (...lines: string[]) => runLines(lines, start());
const streams = (result: { stdout: string; stderr: string; exit: number }) => [
  result.stdout,
  result.stderr,
  result.exit,
];

const POSTGRES_REFUSAL = [
  'Error: Database is uninitialized and superuser password is not specified.',
  '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
  '',
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
  '       connections without a password. This is *not* recommended.',
  '',
  '       See PostgreSQL documentation about "trust":',
  '       https://www.postgresql.org/docs/current/auth-trust.html',
  '',
].join('\n');

describe('servers', () => {
  it('nginx logs its entrypoint on stdout and its notices, with its version, on stderr', () => {
    const { last } = run('docker run -d --name ng nginx:1.30', 'docker logs ng');
    expect(streams(last)).toEqual([
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/\n/docker-entrypoint.sh: Configuration complete; ready for start up\n',
      '[notice] 1#1: nginx/1.30.4\n[notice] 1#1: start worker processes\n',
      0,
    ]);
  });

  it('redis logs that it is ready, with its version', () => {
    const { last, state } = run('docker run -d --name rd redis:8', 'docker logs rd');
    const version = state.images.find((image) => image.kind === 'redis')?.version.replace(/-.*/, '');
    expect(streams(last)).toEqual([
      `1:C * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n1:C * Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started\n1:M * Server initialized\n1:M * Ready to accept connections tcp\n`,
      '',
      0,
    ]);
  });

  it('postgres stops without a password, initialises with one, and skips that on a volume it initialised', () => {
    const { results, state } = run(
      'docker run -d --name pg postgres:18',
      'docker logs pg',
      'docker run -d --name pg2 -e POSTGRES_PASSWORD=x -e POSTGRES_USER=me -v pgdata:/var/lib/postgresql postgres:18',
      'docker logs pg2',
      'docker rm -f pg2',
      'docker run -d --name pg3 -e POSTGRES_HOST_AUTH_METHOD=trust -v pgdata:/var/lib/postgresql postgres:18',
      'docker logs pg3',
      'docker run -d --name pg4 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:18',
    );
    expect(streams(results[1]!)).toEqual(['', POSTGRES_REFUSAL, 0]);
    expect([findByName(state, 'pg')?.status, findByName(state, 'pg')?.exitCode]).toEqual(['exited', 1]);
    expect(streams(results[3]!)).toEqual([
      'The files belonging to this database system will be owned by user "postgres".\nPostgreSQL init process complete; ready for start up.\n\n',
      'LOG:  database system is ready to accept connections\n',
      0,
    ]);
    expect(state.volumes.find((volume) => volume.name === 'pgdata')?.files).toEqual({
      '/18/docker/PG_VERSION': '18\n',
      '/18/docker/.superuser': 'me\n',
    });
    expect(streams(results[6]!)).toEqual([
      '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n',
      'LOG:  database system is ready to accept connections\n',
      0,
    ]);
    expect(['pg3', 'pg4'].map((name) => findByName(state, name)?.status)).toEqual(['running', 'running']);
  });

  it('hello-world prints its greeting and exits; the demo app waits for redis by name', () => {
    const { results } = run(
      'docker run --rm hello-world',
      'docker network create app',
      'docker run -d --name alone demo/app:1',
      'docker logs alone',
      'docker run -d --name redis --network app redis:8',
      'docker run -d --name web --network app demo/app:1',
      'docker logs web',
    );
    expect(streams(results[0]!)).toEqual([
      "\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n\n(The rest of the image's message, which explains the steps Docker took, is left out here.)\n",
      '',
      0,
    ]);
    expect(results[3]?.stdout).toBe(
      'demo app listening on port 3000\ncounting visits in redis at redis:6379 (not reachable yet: will retry)\n',
    );
    expect(results[6]?.stdout).toBe('demo app listening on port 3000\ncounting visits in redis at redis:6379\n');
  });
});

describe('programs and how they end', () => {
  it('finds a program by name or under /bin, /sbin, /usr/bin and /usr/local/bin, and runs the entrypoint’s exec "$@"', () => {
    const { results } = run(
      'docker run --rm busybox:1.38 /bin/echo a',
      'docker run --rm busybox:1.38 /usr/sbin/echo b',
      'docker run --rm busybox:1.38 /usr/local/bin/echo c',
      'docker run --rm nginx:1.30 echo via-entrypoint',
      'docker run --rm ubuntu:24.04 bash -c "echo from bash"',
      'docker run --rm busybox:1.38 ash -c "echo from ash"',
    );
    expect(results.map((result) => result.stdout)).toEqual([
      'a\n',
      'b\n',
      'c\n',
      'via-entrypoint\n',
      'from bash\n',
      'from ash\n',
    ]);
  });

  it('has no bash in busybox and only /hello in hello-world: exit 127, the daemon’s words', () => {
    const { results } = run('docker run --rm busybox:1.38 bash', 'docker run --rm hello-world /bin/sh');
    expect(results.map((result) => [result.stderr.split('\n')[0], result.exit])).toEqual([
      [
        'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "bash": executable file not found in $PATH: unknown',
        127,
      ],
      [
        'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/bin/sh": executable file not found in $PATH: unknown',
        127,
      ],
    ]);
  });

  it('ends true, false, exit, sleep 0, a shell without -i and httpd without -f at once, with their status', () => {
    const { state } = run(
      'docker run -d --name t busybox:1.38 true',
      'docker run -d --name f busybox:1.38 false',
      'docker run -d --name e busybox:1.38 exit 258',
      'docker run -d --name s0 busybox:1.38 sleep 0',
      'docker run -d --name sh busybox:1.38 sh',
      'docker run -d --name h busybox:1.38 httpd',
      'docker run -d --name py python:3.14 python3 app.py',
    );
    expect(state.containers.map((container) => [container.name, container.status, container.exitCode])).toEqual([
      ['t', 'exited', 0],
      ['f', 'exited', 1],
      ['e', 'exited', 2],
      ['s0', 'exited', 0],
      ['sh', 'exited', 0],
      ['h', 'exited', 0],
      ['py', 'exited', 0],
    ]);
  });

  it('keeps sleep with a time, httpd -f, and a shell or python with -i running', () => {
    const { state } = run(
      'docker run -d --name s busybox:1.38 sleep 0.5',
      'docker run -d --name h busybox:1.38 httpd -f -p 80',
      'docker run -d -i --name sh busybox:1.38 sh',
      'docker run -d -t --name bash ubuntu:24.04 bash',
      'docker run -d -i --name py python:3.14 python3',
    );
    expect(state.containers.map((container) => [container.name, container.status])).toEqual([
      ['s', 'running'],
      ['h', 'running'],
      ['sh', 'running'],
      ['bash', 'running'],
      ['py', 'running'],
    ]);
  });
});

describe('a start the daemon refuses', () => {
  it('removes a --rm container, with its anonymous volumes, and keeps one without --rm as Created', () => {
    const { results, state } = run(
      'docker run --rm -v /scratch busybox:1.38 nosuch',
      'docker run --name kept busybox:1.38 nosuch',
      'docker run -d --name web -p 8080:80 nginx:1.30',
      'docker run --rm -p 8080:80 nginx:1.30',
      'docker run --name second -p 8080:80 nginx:1.30',
    );
    expect(results.map((result) => result.exit)).toEqual([127, 127, 0, 125, 125]);
    expect(state.containers.map((container) => [container.name, container.status])).toEqual([
      ['kept', 'created'],
      ['web', 'running'],
      ['second', 'created'],
    ]);
    expect(state.volumes).toEqual([]);
  });
});
