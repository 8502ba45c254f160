import { describe, expect, it } from 'vitest';
import { findByName, runLines } from './run.ts';

/**
 * docker run, create, start, stop, kill, restart and rm: the messages, exit statuses and state a
 * reader sees, with Docker's wording from docker/cli v29.7.2 and moby docker-v29.7.2.
 */

const RUN_HELP = "\n\nRun 'docker run --help' for more information\n";

describe('run and create refuse what the CLI refuses', () => {
  it('needs an image, naming the command as typed', () => {
    const { results } = runLines(['docker run', 'docker container create']);
    expect(results.map((result) => [result.stderr, result.exit])).toEqual([
      [
        "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
        1,
      ],
      [
        "docker: 'docker container create' requires at least 1 argument\n\nUsage:  docker container create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker container create --help' for more information\n",
        1,
      ],
    ]);
  });

  it('names the repository as the reference parser reads it when it is not lowercase', () => {
    // distribution/reference ParseNormalizedNamed: a familiar name is library/NAME.
    const { results, state } = runLines(['docker run Nginx', 'docker run -d localhost:5000/Web:1']);
    expect(results.map((result) => [result.stderr, result.exit])).toEqual([
      [`docker: invalid reference format: repository name (library/Nginx) must be lowercase${RUN_HELP}`, 125],
      [`docker: invalid reference format: repository name (Web) must be lowercase${RUN_HELP}`, 125],
    ]);
    expect(state.containers).toEqual([]);
  });

  it('reads a restart policy as the CLI does, and lets the daemon refuse what it refuses', () => {
    const lines = [
      'docker run --restart :3 busybox:1.38',
      'docker run --restart on-failure:x busybox:1.38',
      'docker run --restart bogus busybox:1.38',
      'docker run --restart always:3 busybox:1.38',
      'docker run --restart unless-stopped:-1 busybox:1.38',
      'docker run --restart on-failure:-1 busybox:1.38',
      'docker run --rm --restart always busybox:1.38',
    ];
    const { results, state } = runLines(lines);
    expect(results.map((result) => result.stderr)).toEqual([
      `docker: invalid restart policy format: no policy provided before colon${RUN_HELP}`,
      `docker: invalid restart policy format: maximum retry count must be an integer${RUN_HELP}`,
      `docker: Error response from daemon: invalid restart policy: unknown policy 'bogus'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'${RUN_HELP}`,
      `docker: Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'${RUN_HELP}`,
      `docker: Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure' and cannot be negative${RUN_HELP}`,
      `docker: Error response from daemon: invalid restart policy: maximum retry count cannot be negative${RUN_HELP}`,
      `docker: conflicting options: cannot specify both --restart and --rm${RUN_HELP}`,
    ]);
    expect(results.every((result) => result.exit === 125)).toBe(true);
    expect(state.containers).toEqual([]);
  });

  it('reads the policy and its count whole, and names docker create in its own help hint', () => {
    const { results, state } = runLines([
      'docker run --restart on-failure:3x busybox:1.38',
      'docker run --restart on-failure:x3 busybox:1.38',
      'docker create --name e --restart on-failure: busybox:1.38',
      'docker create --restart :1 busybox:1.38',
    ]);
    const format = 'invalid restart policy format: maximum retry count must be an integer';
    expect(results.map((result) => result.stderr)).toEqual([
      `docker: ${format}${RUN_HELP}`,
      `docker: ${format}${RUN_HELP}`,
      '',
      "docker: invalid restart policy format: no policy provided before colon\n\nRun 'docker create --help' for more information\n",
    ]);
    expect(findByName(state, 'e')?.restart).toEqual({ name: 'on-failure', max: 0 });
  });

  it('names the repository after a registry host or a namespace when it is not lowercase', () => {
    const { results } = runLines([
      'docker run example.com/App',
      'docker run docker.io/Nginx',
      'docker run myorg/App:1',
    ]);
    expect(results.map((result) => result.stderr.split('\n')[0])).toEqual([
      'docker: invalid reference format: repository name (App) must be lowercase',
      'docker: invalid reference format: repository name (library/Nginx) must be lowercase',
      'docker: invalid reference format: repository name (myorg/App) must be lowercase',
    ]);
  });

  it('takes each policy it knows, and --rm with --restart no', () => {
    const { state, last } = runLines([
      'docker create --name a --restart no busybox:1.38',
      'docker create --name b --restart unless-stopped busybox:1.38',
      'docker create --name c --restart on-failure busybox:1.38',
      'docker create --name d --restart on-failure:+2 busybox:1.38',
      'docker run --rm --restart no busybox:1.38 echo hi',
    ]);
    expect(['a', 'b', 'c', 'd'].map((name) => findByName(state, name)?.restart)).toEqual([
      { name: 'no', max: 0 },
      { name: 'unless-stopped', max: 0 },
      { name: 'on-failure', max: 0 },
      { name: 'on-failure', max: 2 },
    ]);
    expect([last.stdout, last.exit]).toEqual(['hi\n', 0]);
  });

  it('prints what the daemon refuses to create as it came, exit 1, where run wraps it (exit 125)', () => {
    const { results } = runLines([
      'docker create --name w nginx:1.30',
      'docker create --name w nginx:1.30',
      'docker run --name w nginx:1.30',
      'docker create --restart bogus busybox:1.38',
      'docker create Nginx:1.30',
      'docker create --network nope busybox:1.38',
      'docker run --network nope busybox:1.38',
    ]);
    const id = results[0]?.stdout.trim() ?? '';
    const conflict = `Error response from daemon: Conflict. The container name "/w" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`;
    expect(results.slice(1).map((result) => [result.stderr, result.exit])).toEqual([
      [`${conflict}\n`, 1],
      [`docker: ${conflict}${RUN_HELP}`, 125],
      [
        "Error response from daemon: invalid restart policy: unknown policy 'bogus'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n",
        1,
      ],
      ['invalid reference format: repository name (library/Nginx) must be lowercase\n', 1],
      ['Error response from daemon: network nope not found\n', 1],
      [`docker: Error response from daemon: network nope not found${RUN_HELP}`, 125],
    ]);
  });

  it('says the pull was refused, after looking for the image locally', () => {
    const { last } = runLines(['docker create nosuch/thing']);
    expect([last.stderr, last.exit]).toEqual([
      "Unable to find image 'nosuch/thing:latest' locally\nError response from daemon: pull access denied for nosuch/thing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
      1,
    ]);
  });

  it('refuses a port it cannot read, and creates nothing', () => {
    for (const spec of ['abc', '8080:80:90:1', '70000:80', '0', '8080:65536', '80/sctpx']) {
      const { last, state } = runLines([`docker run -d -p ${spec} nginx:1.30`]);
      expect([last.exit, state.containers.length], spec).toEqual([125, 0]);
      expect(last.stderr, spec).toContain(spec);
    }
  });

  it('refuses a --mount without a target, or of a type it does not model', () => {
    const { results, state } = runLines([
      'docker run --mount type=volume,source=data busybox:1.38',
      'docker run --mount type=tmpfs,target=/x busybox:1.38',
    ]);
    expect(results.map((result) => [result.stderr, result.exit])).toEqual([
      [`docker: invalid argument "type=volume,source=data" for "--mount" flag: target is required${RUN_HELP}`, 125],
      [
        `docker: invalid argument "type=tmpfs,target=/x" for "--mount" flag: the playground models type=volume and type=bind${RUN_HELP}`,
        125,
      ],
    ]);
    expect(state.volumes).toEqual([]);
  });
});

describe('what run and create make', () => {
  it('publishes ports with an address, a random host port, a protocol, and -P', () => {
    const { results } = runLines([
      'docker run -d --name a -p 127.0.0.1::80 -p 5353:53/udp nginx:1.30',
      'docker run -d --name b -P nginx:1.30',
      "docker ps --format '{{.Names}} {{.Ports}}'",
    ]);
    // Random host ports are drawn from 32768 on (docs/playground.md).
    expect(results[2]?.stdout).toBe(
      [
        'b 0.0.0.0:32770->80/tcp, [::]:32770->80/tcp',
        'a 127.0.0.1:32769->80/tcp, 0.0.0.0:5353->53/udp, [::]:5353->53/udp',
        '',
      ].join('\n'),
    );
  });

  it('reads every form of -p it takes: a bare port, an address, the edges of the range', () => {
    const { results } = runLines([
      'docker run -d --name a -p 80 -p 443 nginx:1.30',
      'docker run -d --name b -p 127.0.10.11:8080:80 -p 8081:1 -p 65535:65535 nginx:1.30',
      'docker port a',
      'docker port b',
    ]);
    expect(results.slice(0, 2).map((result) => result.exit)).toEqual([0, 0]);
    expect(results[2]?.stdout).toBe(
      '80/tcp -> 0.0.0.0:32769\n80/tcp -> [::]:32769\n443/tcp -> 0.0.0.0:32770\n443/tcp -> [::]:32770\n',
    );
    expect(results[3]?.stdout).toBe(
      '1/tcp -> 0.0.0.0:8081\n1/tcp -> [::]:8081\n80/tcp -> 127.0.10.11:8080\n65535/tcp -> 0.0.0.0:65535\n65535/tcp -> [::]:65535\n',
    );
  });

  it('lists an exposed port beside a published one of another number', () => {
    const { last } = runLines(['docker run -d --name cache -p 8080:80 redis:8', "docker ps --format '{{.Ports}}'"]);
    expect(last.stdout).toBe('6379/tcp, 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n');
  });

  it('keeps --rm=false off', () => {
    const { state } = runLines(['docker run --rm=false --name kept busybox:1.38 true']);
    expect(findByName(state, 'kept')?.status).toBe('exited');
  });

  it('lists an exposed port that is not published on its own', () => {
    const { last } = runLines(['docker run -d --name cache redis:8', "docker ps --format '{{.Ports}}'"]);
    expect(last.stdout).toBe('6379/tcp\n');
  });

  it('mounts named and anonymous volumes and bind mounts, read-only where asked', () => {
    const { state } = runLines([
      'docker run -d --name w -v data:/data:ro -v /srv:/srv -v ./site:/site -v /cache busybox:1.38 sleep 60',
      'docker run -d --name m --mount type=bind,src=/etc,dst=/host-etc,ro --mount type=volume,target=/v busybox:1.38 sleep 60',
    ]);
    const w = findByName(state, 'w');
    const anonymous = state.volumes.filter((volume) => volume.anonymous);
    expect(w?.mounts).toEqual([
      { type: 'volume', source: 'data', target: '/data', readOnly: true },
      { type: 'bind', source: '/srv', target: '/srv', readOnly: false },
      { type: 'bind', source: './site', target: '/site', readOnly: false },
      { type: 'volume', source: anonymous[0]?.name, target: '/cache', readOnly: false },
    ]);
    expect(findByName(state, 'm')?.mounts).toEqual([
      { type: 'bind', source: '/etc', target: '/host-etc', readOnly: true },
      { type: 'volume', source: anonymous[1]?.name, target: '/v', readOnly: false },
    ]);
    expect(state.volumes.map((volume) => [volume.name.length, volume.anonymous])).toEqual([
      [4, false],
      [64, true],
      [64, true],
    ]);
  });

  it("gives an image's VOLUME an anonymous volume unless a mount covers it", () => {
    const lines = [
      'docker run -d --name a -e POSTGRES_PASSWORD=x postgres:18',
      'docker run -d --name b -e POSTGRES_PASSWORD=x -v pgdata:/var/lib/postgresql postgres:18',
      'docker run -d --name c -e POSTGRES_PASSWORD=x -v other:/backup postgres:18',
    ];
    const { state } = runLines(lines);
    expect(findByName(state, 'a')?.mounts.map((mount) => [mount.target, mount.source.length])).toEqual([
      ['/var/lib/postgresql', 64],
    ]);
    expect(findByName(state, 'b')?.mounts.map((mount) => [mount.target, mount.source])).toEqual([
      ['/var/lib/postgresql', 'pgdata'],
    ]);
    const c = findByName(state, 'c')?.mounts ?? [];
    expect(c.map((mount) => [mount.type, mount.target, mount.readOnly])).toEqual([
      ['volume', '/backup', false],
      ['volume', '/var/lib/postgresql', false],
    ]);
    expect(state.volumes.find((volume) => volume.name === c[1]?.source)?.anonymous).toBe(true);
  });

  it('creates a named volume once, however many containers mount it', () => {
    const { state } = runLines([
      'docker run -d --name a -v shared:/data busybox:1.38 sleep 60',
      'docker run -d --name b -v shared:/data busybox:1.38 sleep 60',
    ]);
    expect(state.volumes.map((volume) => volume.name)).toEqual(['shared']);
  });

  it("keeps the image's variables after the -e ones, with its version", () => {
    const { results } = runLines([
      'docker run -d --name plain nginx:1.30',
      'docker run -d --name set -e MODE=dev nginx:1.30',
      "docker inspect -f '{{json .Config.Env}}' plain",
      "docker inspect -f '{{json .Config.Env}}' set",
    ]);
    const plain = JSON.parse(results[2]?.stdout ?? '') as string[];
    expect(plain[0]).toMatch(/^PATH=/);
    expect(plain).toContain('NGINX_VERSION=1.30.4');
    expect(JSON.parse(results[3]?.stdout ?? '')).toEqual(['MODE=dev', ...plain]);
  });

  it('keeps a shell running only with a terminal or stdin open, and leaves create Created', () => {
    const { state } = runLines([
      'docker run -d --name plain busybox:1.38',
      'docker run -dt --name tty busybox:1.38',
      'docker run -di --name stdin busybox:1.38',
      'docker create --name made busybox:1.38 sleep 60',
    ]);
    expect(state.containers.map((item) => [item.name, item.status, item.tty])).toEqual([
      ['plain', 'exited', false],
      ['tty', 'running', true],
      ['stdin', 'running', false],
      ['made', 'created', false],
    ]);
  });

  it('resolves a --network-alias on a user-defined network', () => {
    const { last } = runLines([
      'docker network create app',
      'docker run -d --name w --network app --network-alias db busybox:1.38 sleep 60',
      'docker run --rm --network app busybox:1.38 ping -c1 db',
    ]);
    expect([last.stdout.split('\n')[0], last.exit]).toEqual(['PING db (172.18.0.2): 56 data bytes', 0]);
  });

  it('gives a container without --name a generated adjective_surname name', () => {
    const { last } = runLines(['docker run -d nginx:1.30', "docker ps --format '{{.Names}}'"]);
    expect(last.stdout).toMatch(/^[a-z]+_[a-z]+\n$/);
    expect(last.stdout).toBe('jolly_galileo\n');
  });

  it('runs --entrypoint with the command as its arguments', () => {
    const { last } = runLines(['docker run --rm --entrypoint echo busybox:1.38 hi there']);
    expect(last.stdout).toBe('hi there\n');
  });

  it('prints the ID for create and run -d only, and the output of an attached run', () => {
    const { results } = runLines([
      'docker create --name c busybox:1.38 echo hi',
      'docker run --name r busybox:1.38 echo hi',
      'docker run -d --name d busybox:1.38 echo hi',
    ]);
    expect(results.map((result) => result.stdout.replace(/[0-9a-f]{64}/, 'ID'))).toEqual(['ID\n', 'hi\n', 'ID\n']);
  });

  it('notes a foreground server keeps running, and that -i and -t attach no terminal', () => {
    const { results } = runLines([
      'docker run -t nginx:1.30',
      'docker run -i nginx:1.30',
      'docker run -d -it busybox:1.38',
    ]);
    const [tty, interactive, detached] = results.map((result) => result.notes.map((note) => note.text));
    const terminal =
      'An interactive terminal (-i, -t) is not simulated: the playground has no terminal to attach. Use docker exec with a command instead.';
    expect(tty).toEqual([
      'The container keeps running in the foreground; on a real terminal its output would go on until you stop it (Ctrl-C, or Ctrl-P Ctrl-Q to detach). Here the console returns at once: use -d to run it in the background.',
      terminal,
    ]);
    expect(interactive).toEqual([
      'The container keeps running in the foreground; on a real terminal its output would go on until you stop it (Ctrl-C). Here the console returns at once: use -d to run it in the background.',
      terminal,
    ]);
    expect(detached).toEqual([terminal]);
  });
});

describe('start, stop, kill, restart and rm', () => {
  it('starts a created container, attached with -a, and names each container it starts', () => {
    const { results, state } = runLines([
      'docker create --name w busybox:1.38 echo hi',
      'docker start -a w',
      "docker create --name fail busybox:1.38 sh -c 'exit 4'",
      'docker start -a fail',
      'docker run -d --name up busybox:1.38 sleep 60',
      'docker start up nope',
    ]);
    expect([results[1]?.stdout, results[1]?.exit]).toEqual(['hi\n', 0]);
    expect(results[3]?.exit).toBe(4);
    expect([results[5]?.stdout, results[5]?.stderr, results[5]?.exit]).toEqual([
      'up\n',
      'Error response from daemon: No such container: nope\nfailed to start containers: nope\n',
      1,
    ]);
    expect(findByName(state, 'up')?.status).toBe('running');
  });

  it('leaves a running container alone on start, and starts a shell without stdin that ends', () => {
    const { results, state } = runLines([
      'docker run -d --name web nginx:1.30',
      'docker start web',
      'docker logs web',
      'docker create --name sh busybox:1.38',
      'docker start sh',
    ]);
    expect(results[1]?.stdout).toBe('web\n');
    expect(results[2]?.stderr).toBe('[notice] 1#1: nginx/1.30.4\n[notice] 1#1: start worker processes\n');
    expect(findByName(state, 'sh')?.status).toBe('exited');
  });

  it('names every container that failed to start on one line', () => {
    const { last } = runLines(['docker start one two']);
    expect(last.stderr).toBe(
      'Error response from daemon: No such container: one\nError response from daemon: No such container: two\nfailed to start containers: one, two\n',
    );
  });

  it('lists the containers that failed to start after their errors (cli start.go)', () => {
    const { last } = runLines([
      'docker run -d --name a -p 8080:80 nginx:1.30',
      'docker create --name b -p 8080:80 nginx:1.30',
      'docker start b',
    ]);
    expect(last.stderr).toMatch(
      /^Error response from daemon: driver failed programming external connectivity on endpoint b \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\nfailed to start containers: b\n$/,
    );
    expect(last.exit).toBe(1);
  });

  it('stops a program that handles the signal with 0 and kills the rest with 137', () => {
    const { results, state } = runLines([
      'docker run -d --name web nginx:1.30',
      'docker run -d --name box busybox:1.38 sleep 600',
      'docker run -d --name gone busybox:1.38 sleep 600',
      'docker stop web box',
      'docker kill gone',
      'docker logs web',
    ]);
    expect(results[3]?.stdout).toBe('web\nbox\n');
    expect(
      ['web', 'box', 'gone'].map((name) => [findByName(state, name)?.status, findByName(state, name)?.exitCode]),
    ).toEqual([
      ['exited', 0],
      ['exited', 137],
      ['exited', 137],
    ]);
    expect(results[5]?.stderr).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n');
  });

  it('refuses to kill a container that is not running, and stops one quietly', () => {
    const { results } = runLines([
      'docker run -d --name w busybox:1.38 sleep 60',
      'docker stop w',
      'docker stop w',
      'docker kill w',
    ]);
    const id = results[0]?.stdout.trim() ?? '';
    expect(results.slice(2).map((result) => [result.stdout, result.stderr, result.exit])).toEqual([
      ['w\n', '', 0],
      ['', `Error response from daemon: cannot kill container: w: container ${id} is not running\n`, 1],
    ]);
  });

  it('restarts a running or stopped container, and says which is missing', () => {
    const { last, state } = runLines([
      'docker run -d --name a busybox:1.38 sleep 60',
      'docker run -d --name b busybox:1.38 sleep 60',
      'docker stop b',
      'docker restart a b nope',
    ]);
    expect([last.stdout, last.stderr, last.exit]).toEqual([
      'a\nb\n',
      'Error response from daemon: No such container: nope\n',
      1,
    ]);
    expect(state.containers.map((item) => item.status)).toEqual(['running', 'running']);
  });

  it('restarts with a clean stop: nginx logs the signal it handled', () => {
    const { last } = runLines(['docker run -d --name web nginx:1.30', 'docker restart web', 'docker logs web']);
    expect(last.stderr.split('\n')).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down');
  });

  it('removes a restarting container only with -f, and its anonymous volumes only with -v', () => {
    const { results, state } = runLines([
      "docker run -d --name loop --restart always busybox:1.38 sh -c 'exit 1'",
      'docker rm loop',
      'docker run -d --name a -v keep:/k -v /anon busybox:1.38 sleep 60',
      'docker run -d --name b -v /gone busybox:1.38 sleep 60',
      'docker rm -f loop a',
      'docker rm -f -v b',
    ]);
    expect(results[1]?.stderr).toBe(
      'Error response from daemon: cannot remove container "loop": container is running: stop the container before removing or force remove\n',
    );
    expect(results[4]?.stdout).toBe('loop\na\n');
    expect(state.containers).toEqual([]);
    expect(state.volumes.map((volume) => [volume.name.length, volume.anonymous])).toEqual([
      [4, false],
      [64, true],
    ]);
  });

  it('needs a container for each of them, naming the command as typed', () => {
    const { results } = runLines([
      'docker stop',
      'docker container rm',
      'docker start',
      'docker restart',
      'docker kill',
    ]);
    expect(results.map((result) => [result.stderr.split('\n')[0], result.exit])).toEqual([
      ["docker: 'docker stop' requires at least 1 argument", 1],
      ["docker: 'docker container rm' requires at least 1 argument", 1],
      ["docker: 'docker start' requires at least 1 argument", 1],
      ["docker: 'docker restart' requires at least 1 argument", 1],
      ["docker: 'docker kill' requires at least 1 argument", 1],
    ]);
    expect(results[1]?.stderr).toBe(
      "docker: 'docker container rm' requires at least 1 argument\n\nUsage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker container rm --help' for more information\n",
    );
  });
});
