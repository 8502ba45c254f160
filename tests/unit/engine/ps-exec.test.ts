import { describe, expect, it } from 'vitest';
import { runLines } from './run.ts';

/** docker ps, logs and exec: the table, its filters and formats, the logs and the exec errors. */

const MIXED = [
  'docker run -d --name web -p 8080:80 nginx:1.30',
  "docker create --name made busybox:1.38 sh -c 'echo a long command here'",
  'docker run --name done busybox:1.38 true',
  "docker run -d --name loop --restart always busybox:1.38 sh -c 'exit 2'",
];

describe('ps', () => {
  it('lists running and restarting containers newest first, and every one with -a', () => {
    const { results } = runLines([...MIXED, 'docker ps', 'docker ps -a']);
    expect(results[4]?.stdout).toBe(
      [
        'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS                         PORTS                                     NAMES',
        `${results[3]?.stdout.slice(0, 12)}   busybox:1.38   "sh -c 'exit 2'"         2 seconds ago   Restarting (2) 2 seconds ago                                             loop`,
        `${results[0]?.stdout.slice(0, 12)}   nginx:1.30     "/docker-entrypoint.…"   8 seconds ago   Up 8 seconds                   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web`,
        '',
      ].join('\n'),
    );
    const statuses = (results[5]?.stdout ?? '')
      .split('\n')
      .slice(1, -1)
      .map((line) => line.split(/ {3,}/)[4]);
    expect(statuses).toEqual(['Restarting (2) 4 seconds ago', 'Exited (0) 6 seconds ago', 'Created', 'Up 10 seconds']);
    expect(results[5]?.stdout).toContain(`"sh -c 'echo a long …"`);
  });

  it('prints short IDs with -q, and the placeholders it knows with --format', () => {
    const { results, state } = runLines([
      ...MIXED,
      'docker ps -q',
      'docker ps -aq',
      "docker ps -a --format '{{.ID}}\\t{{.State}} {{ .Image }} {{.Command}} {{.Nope}}'",
    ]);
    const [web, made, done, loop] = ['web', 'made', 'done', 'loop'].map(
      (name) => state.containers.find((item) => item.name === name)?.id.slice(0, 12) ?? '',
    );
    expect(results[4]?.stdout).toBe(`${loop}\n${web}\n`);
    expect(results[5]?.stdout).toBe(`${loop}\n${done}\n${made}\n${web}\n`);
    expect(results[6]?.stdout).toBe(
      [
        `${loop}\trestarting busybox:1.38 "sh -c 'exit 2'" {{.Nope}}`,
        `${done}\texited busybox:1.38 "true" {{.Nope}}`,
        `${made}\tcreated busybox:1.38 "sh -c 'echo a long …" {{.Nope}}`,
        `${web}\trunning nginx:1.30 "/docker-entrypoint.…" {{.Nope}}`,
        '',
      ].join('\n'),
    );
  });

  it('prints only the header when nothing runs', () => {
    const { last } = runLines(['docker ps']);
    expect(last.stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
  });
});

describe('logs', () => {
  it('prints each stream to its own side, and the last lines with --tail', () => {
    const { results } = runLines([
      'docker run -d --name web nginx:1.30',
      'docker logs --tail 1 web',
      'docker logs --tail all web',
    ]);
    expect([results[1]?.stdout, results[1]?.stderr]).toEqual(['', '[notice] 1#1: start worker processes\n']);
    expect(results[2]?.stdout.split('\n')).toHaveLength(4);
    expect(results[2]?.stderr).toBe('[notice] 1#1: nginx/1.30.4\n[notice] 1#1: start worker processes\n');
  });

  it('prints no line with --tail 0, and every line with a negative or unreadable --tail', () => {
    const { results } = runLines([
      'docker run -d --name web nginx:1.30',
      'docker logs --tail 0 web',
      'docker logs --tail -1 web',
      'docker logs --tail x web',
      'docker logs --tail +1 web',
    ]);
    expect(
      results.slice(1).map((result) => [result.stdout.split('\n').length - 1, result.stderr.split('\n').length - 1]),
    ).toEqual([
      [0, 0],
      [3, 2],
      [3, 2],
      [0, 1],
    ]);
  });

  it('needs one container that exists, naming the command as typed', () => {
    const { results } = runLines(['docker logs', 'docker logs nope']);
    expect(results.map((result) => [result.stderr, result.exit])).toEqual([
      [
        "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n",
        1,
      ],
      ['Error response from daemon: No such container: nope\n', 1],
    ]);
  });
});

describe('exec', () => {
  it('needs a container and a command, a container that exists, and one that runs', () => {
    const { results } = runLines([
      'docker exec w',
      'docker exec nope ls',
      'docker create --name c busybox:1.38',
      'docker exec c ls',
    ]);
    const id = results[2]?.stdout.trim() ?? '';
    expect(results.map((result) => [result.stderr, result.exit])).toEqual([
      [
        "docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'docker exec --help' for more information\n",
        1,
      ],
      ['Error response from daemon: No such container: nope\n', 1],
      ['', 0],
      [`Error response from daemon: container ${id} is not running\n`, 1],
    ]);
  });

  it('runs a command: its exit status, a missing program (127), files it writes, an -it shell', () => {
    const { results } = runLines([
      'docker run -d --name w busybox:1.38 sleep 60',
      'docker exec w nosuch',
      "docker exec w sh -c 'exit 3'",
      "docker exec w sh -c 'echo hi > /tmp/f'",
      'docker exec w cat /tmp/f',
      'docker exec -it w sh',
    ]);
    expect(results.slice(1).map((result) => [result.stdout, result.stderr, result.exit])).toEqual([
      [
        '',
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\n',
        127,
      ],
      ['', '', 3],
      ['', '', 0],
      ['hi\n', '', 0],
      ['', '', 0],
    ]);
    expect(results.slice(1, 5).flatMap((result) => result.notes)).toEqual([]);
    expect(results[5]?.notes.map((note) => note.text)).toEqual([
      'An interactive session (-it) is not simulated: run one command at a time, such as docker exec web ls /.',
    ]);
  });
});
