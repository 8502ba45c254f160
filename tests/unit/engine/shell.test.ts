import { describe, expect, it } from 'vitest';
import { findByName, runLines } from './run.ts';

/**
 * The busybox-like shell inside a simulated container: its applets' output and exit statuses in
 * busybox's words (tests/transcripts/ were recorded with busybox 1.36), and `sh -c` scripts
 * read as sh reads them.
 */

const SETUP = [
  'docker network create app',
  'docker run -d --name w --network app -e GREETING=hi busybox:1.38 sleep 600',
  'docker run -d --name api --network app busybox:1.38 httpd -f',
];

/** Runs lines in the container w, after SETUP. */
function inBox(...lines: string[]) {
  const run = runLines([...SETUP, ...lines]);
  return { ...run, results: run.results.slice(SETUP.length) };
}

const answers = (results: ReturnType<typeof inBox>['results']) =>
  results.map((result) => [result.stdout, result.stderr, result.exit]);

describe('sh -c scripts', () => {
  it('runs commands split at ; && and newlines outside quotes, skipping what follows a failed &&', () => {
    const { results } = inBox(
      `docker exec w sh -c 'echo "a; b" && cat /nope && echo skipped; echo after'`,
      `docker exec w sh -c 'echo one && echo two'`,
      "docker exec w sh -c 'false && echo skipped'",
      `docker exec w sh -c 'echo first
echo second'`,
    );
    expect(answers(results)).toEqual([
      ['a; b\nafter\n', "cat: can't open '/nope': No such file or directory\n", 0],
      ['one\ntwo\n', '', 0],
      ['', '', 1],
      ['first\nsecond\n', '', 0],
    ]);
  });

  it('expands $NAME and ${NAME} from the environment, but not inside single quotes', () => {
    const { results } = inBox(`docker exec w sh -c 'echo $GREETING \${GREETING} "$GREETING" $NOPE.'`);
    expect(answers(results)).toEqual([['hi hi hi .\n', '', 0]]);
    const quoted = inBox(`docker exec w sh -c "echo '\\$GREETING'"`);
    expect(quoted.results[0]?.stdout).toBe('$GREETING\n');
  });

  it('writes and appends files with > and >>, appending to what the script wrote before, and cats an empty file as nothing', () => {
    const { results } = inBox(
      "docker exec w sh -c 'echo a > /tmp/f; echo b >> /tmp/f'",
      "docker exec w sh -c 'echo z > /tmp/f; echo y >> /tmp/f; cat /tmp/f'",
      "docker exec w sh -c 'echo more >> /tmp/f'",
      'docker exec w cat /tmp/f',
      "docker exec w sh -c 'cat /nope > /tmp/g'",
      'docker exec w cat /tmp/g',
    );
    expect(answers(results)).toEqual([
      ['', '', 0],
      ['z\ny\n', '', 0],
      ['', '', 0],
      ['z\ny\nmore\n', '', 0],
      ['', "cat: can't open '/nope': No such file or directory\n", 1],
      ['', '', 0],
    ]);
  });

  it('says sh: NAME: not found (127) for a program the image lacks, and exits with exit’s status modulo 256', () => {
    const { results } = inBox(
      "docker exec w sh -c 'frobnicate; echo still'",
      "docker exec w sh -c 'frobnicate'",
      "docker exec w sh -c 'echo before; exit 300; echo never'",
      "docker exec w sh -c 'exit'",
    );
    expect(answers(results)).toEqual([
      ['still\n', 'sh: frobnicate: not found\n', 0],
      ['', 'sh: frobnicate: not found\n', 127],
      ['before\n', '', 44],
      ['', '', 0],
    ]);
  });
});

describe('the applets', () => {
  it('echo, hostname, env and cat of the files Docker writes', () => {
    const { results, state } = inBox(
      'docker exec w echo a  b',
      'docker exec w hostname',
      'docker exec w env',
      'docker exec w cat /etc/hostname /etc/resolv.conf',
      'docker exec w cat /etc/hostname /nope',
    );
    const id = findByName(state, 'w')?.id.slice(0, 12) ?? '';
    expect(answers(results)).toEqual([
      ['a b\n', '', 0],
      [`${id}\n`, '', 0],
      [
        `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=${id}\nGREETING=hi\nHOME=/root\n`,
        '',
        0,
      ],
      [`${id}\nnameserver 127.0.0.11\noptions ndots:0\n`, '', 0],
      [`${id}\n`, "cat: can't open '/nope': No such file or directory\n", 1],
    ]);
  });

  it('ls of the root, of a folder the container wrote, of an empty known folder and of a missing one', () => {
    const { results } = inBox(
      'docker exec w ls',
      "docker exec w sh -c 'echo x > /srv/site/index.html; echo y > /srv/top'",
      'docker exec w ls -l /srv/',
      'docker exec w ls /tmp',
      'docker exec w ls /nope',
    );
    expect(answers(results)).toEqual([
      ['bin\ndev\netc\nhome\nproc\nroot\nsys\ntmp\nusr\nvar\n', '', 0],
      ['', '', 0],
      ['site\ntop\n', '', 0],
      ['', '', 0],
      ['', 'ls: /nope: No such file or directory\n', 1],
    ]);
  });

  it('ping resolves a container name on a user-defined network, an address and localhost', () => {
    const { results, state } = inBox(
      'docker exec w ping -c 1 -W 1 api',
      'docker exec w ping -c1 10.0.0.1',
      'docker exec w ping localhost',
      'docker exec w ping -c 1 nope',
    );
    const ip = findByName(state, 'api')?.endpoints[0]?.ip ?? '';
    const reply = (host: string, address: string) =>
      [
        `PING ${host} (${address}): 56 data bytes`,
        `64 bytes from ${address}: seq=0 ttl=64 time=0.081 ms`,
        '',
        `--- ${host} ping statistics ---`,
        '1 packets transmitted, 1 packets received, 0% packet loss',
        'round-trip min/avg/max = 0.081/0.081/0.081 ms',
        '',
      ].join('\n');
    expect(answers(results)).toEqual([
      [reply('api', ip), '', 0],
      [reply('10.0.0.1', '10.0.0.1'), '', 0],
      [reply('localhost', '127.0.0.1'), '', 0],
      ['', "ping: bad address 'nope'\n", 1],
    ]);
  });

  it('nslookup asks the embedded DNS server, and says NXDOMAIN for a name nothing answers to', () => {
    const { results, state } = inBox('docker exec w nslookup api', 'docker exec w nslookup nope');
    const ip = findByName(state, 'api')?.endpoints[0]?.ip ?? '';
    expect(answers(results)).toEqual([
      [
        `Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tapi\nAddress: ${ip}\n`,
        '',
        0,
      ],
      ['Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n', "** server can't find nope: NXDOMAIN\n", 1],
    ]);
  });

  it('wget fetches from a container by name or from localhost, and says bad address otherwise', () => {
    const { results } = inBox(
      'docker exec w wget -O- http://api:80/index.html',
      'docker exec w wget -O- localhost/',
      'docker exec w wget -O- http://nope/',
      'docker exec w wget -qO- http://api/',
      'docker exec w wget -q -O- http://api/',
    );
    expect(answers(results)).toEqual([
      ['<!DOCTYPE html>\n<title>Welcome!</title>\n', 'Connecting to api:80\n', 0],
      ['<!DOCTYPE html>\n<title>Welcome!</title>\n', 'Connecting to localhost\n', 0],
      ['', "wget: bad address 'nope'\n", 1],
      ['<!DOCTYPE html>\n<title>Welcome!</title>\n', '', 0],
      ['<!DOCTYPE html>\n<title>Welcome!</title>\n', '', 0],
    ]);
  });
});
