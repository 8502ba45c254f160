import { toShellCommands } from '../shell/words.ts';

/**
 * What runs inside a simulated container: the images' main programs (nginx, redis-server,
 * postgres, /hello …) and a tiny busybox-like shell for `docker exec` and `sh -c`: echo (with
 * `> file`), cat, ls, hostname, env, ping, nslookup, wget, sleep, true, false, exit. Output and
 * exit codes follow the recorded busybox transcripts (tests/transcripts/).
 */

export interface Line {
  stream: 'out' | 'err';
  text: string;
}

/** What the process may look at and change: its files, environment and name resolution. */
export interface ProcessContext {
  hostname: string;
  env: readonly string[];
  /** Files by absolute path: the container's layer and its mounts, merged. */
  files: Readonly<Record<string, string>>;
  /** The IP a name resolves to through the embedded DNS, or undefined. */
  resolve: (name: string) => string | undefined;
  /** The resolv.conf a container on this network sees. */
  resolvConf: string;
  /** The image kind (`nginx`, `postgres`, …) and version, for server log lines. */
  image: string;
  version: string;
}

export interface Outcome {
  lines: readonly Line[];
  /** True when the process keeps running. */
  stays: boolean;
  exit: number;
  /** Files written, by absolute path. */
  writes: Readonly<Record<string, string>>;
}

const out = (text: string): Line => ({ stream: 'out', text });
const err = (text: string): Line => ({ stream: 'err', text });

const BUSYBOX = new Set([
  'sh',
  'echo',
  'cat',
  'ls',
  'hostname',
  'env',
  'ping',
  'nslookup',
  'wget',
  'sleep',
  'true',
  'false',
  'httpd',
  'printenv',
  'exit',
]);

function envValue(env: readonly string[], name: string): string | undefined {
  const entry = env.findLast((item) => item.startsWith(`${name}=`));
  return entry?.slice(name.length + 1);
}

/** Whether an image has a program: in busybox its applets, in hello-world only /hello, in the others any but a missing bash. */
function hasProgram(image: string, program: string): boolean {
  const name = program.replace(/^\/(?:usr\/)?(?:local\/)?s?bin\//, '');
  if (image === 'hello-world') return program === '/hello';
  if (name === 'bash') return image !== 'busybox' && image !== 'alpine';
  return image !== 'busybox' || BUSYBOX.has(name);
}

/** Log lines of the images' servers, shortened to the lines people look for. */
function serverStart(context: ProcessContext, argv: readonly string[]): Outcome | undefined {
  const program = argv.find((word) => !word.endsWith('docker-entrypoint.sh')) ?? '';
  const stay = (lines: readonly Line[]): Outcome => ({ lines, stays: true, exit: 0, writes: {} });
  switch (program) {
    case 'nginx':
      return stay([
        out('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration'),
        out('/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/'),
        out('/docker-entrypoint.sh: Configuration complete; ready for start up'),
        err(`[notice] 1#1: nginx/${context.version.replace(/-.*/, '')}`),
        err('[notice] 1#1: start worker processes'),
      ]);
    case 'redis-server':
      return stay([
        out('1:C * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
        out(
          `1:C * Redis version=${context.version.replace(/-.*/, '')}, bits=64, commit=00000000, modified=0, pid=1, just started`,
        ),
        out('1:M * Server initialized'),
        out('1:M * Ready to accept connections tcp'),
      ]);
    case 'postgres': {
      const password = envValue(context.env, 'POSTGRES_PASSWORD');
      const trust = envValue(context.env, 'POSTGRES_HOST_AUTH_METHOD') === 'trust';
      const initialised = Object.keys(context.files).some((path) => path.startsWith('/var/lib/postgresql/18/docker/'));
      if (!initialised && !password && !trust) {
        return {
          lines: [
            err('Error: Database is uninitialized and superuser password is not specified.'),
            err('       You must specify POSTGRES_PASSWORD to a non-empty value for the'),
            err('       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".'),
            err(''),
            err('       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all'),
            err('       connections without a password. This is *not* recommended.'),
            err(''),
            err('       See PostgreSQL documentation about "trust":'),
            err('       https://www.postgresql.org/docs/current/auth-trust.html'),
          ],
          stays: false,
          exit: 1,
          writes: {},
        };
      }
      const lines = initialised
        ? [
            out(''),
            out('PostgreSQL Database directory appears to contain a database; Skipping initialization'),
            out(''),
          ]
        : [
            out('The files belonging to this database system will be owned by user "postgres".'),
            out('PostgreSQL init process complete; ready for start up.'),
            out(''),
          ];
      const user = envValue(context.env, 'POSTGRES_USER') ?? 'postgres';
      return {
        lines: [...lines, err('LOG:  database system is ready to accept connections')],
        stays: true,
        exit: 0,
        writes: initialised
          ? {}
          : {
              '/var/lib/postgresql/18/docker/PG_VERSION': '18\n',
              '/var/lib/postgresql/18/docker/.superuser': `${user}\n`,
            },
      };
    }
    case '/hello':
      return {
        lines: [
          out(''),
          out('Hello from Docker!'),
          out('This message shows that your installation appears to be working correctly.'),
          out(''),
          out("(The rest of the image's message, which explains the steps Docker took, is left out here.)"),
        ],
        stays: false,
        exit: 0,
        writes: {},
      };
    default:
      return undefined;
  }
}

/** Runs one program with its arguments; `stdin` is true with -i (a shell then waits for input). */
export function runProgram(context: ProcessContext, argv: readonly string[], stdin = false): Outcome {
  const program = argv[0] ?? '';
  const args = argv.slice(1);
  const done = (lines: readonly Line[], exit = 0, writes: Record<string, string> = {}): Outcome => ({
    lines,
    stays: false,
    exit,
    writes,
  });
  if (!hasProgram(context.image, program)) return { lines: [], stays: false, exit: -1, writes: {} };
  const server = serverStart(context, argv);
  if (server) return server;
  // The official images' entrypoint scripts end in `exec "$@"` for a command that is not their server.
  if (program.endsWith('docker-entrypoint.sh') && args.length > 0) return runProgram(context, args, stdin);
  const name = program.replace(/^.*\//, '');
  switch (name) {
    case 'sh':
    case 'bash':
    case 'ash':
      if (args[0] === '-c') return runScript(context, args[1] ?? '');
      // With stdin open (-i) the shell waits for input; without it, it reads EOF and exits 0.
      return stdin ? { lines: [], stays: true, exit: 0, writes: {} } : done([]);
    case 'node':
    case 'python3':
    case 'python':
      if (context.image === 'demo/app' || args[0] === 'server.js') {
        return {
          lines: [
            out('demo app listening on port 3000'),
            out(
              `counting visits in redis at ${context.resolve('redis') ? 'redis:6379' : 'redis:6379 (not reachable yet: will retry)'}`,
            ),
          ],
          stays: true,
          exit: 0,
          writes: {},
        };
      }
      return stdin ? { lines: [], stays: true, exit: 0, writes: {} } : done([]);
    case 'true':
      return done([]);
    case 'false':
      return done([], 1);
    case 'exit':
      return done([], Number(args[0] ?? 0) & 255);
    case 'sleep':
      // `sleep infinity` (GNU and busybox alike) never ends; so, here, does any positive time.
      return args[0] === 'infinity' || Number.parseFloat(args[0] ?? '0') > 0
        ? { lines: [], stays: true, exit: 0, writes: {} }
        : done([]);
    case 'httpd':
      return args.includes('-f') ? { lines: [], stays: true, exit: 0, writes: {} } : done([]);
    case 'echo':
      return done([out(args.join(' '))]);
    case 'hostname':
      return done([out(context.hostname)]);
    case 'env':
    case 'printenv':
      return done(context.env.map(out));
    case 'cat': {
      const lines: Line[] = [];
      let exit = 0;
      for (const path of args) {
        const text =
          path === '/etc/resolv.conf'
            ? context.resolvConf
            : path === '/etc/hostname'
              ? `${context.hostname}\n`
              : context.files[path];
        if (text === undefined) {
          lines.push(err(`cat: can't open '${path}': No such file or directory`));
          exit = 1;
        } else lines.push(...text.replace(/\n$/, '').split('\n').map(out));
      }
      return done(lines, exit);
    }
    case 'ls': {
      const dir = (args.find((arg) => !arg.startsWith('-')) ?? '/').replace(/\/$/, '');
      const prefix = `${dir}/`;
      const names = new Set<string>();
      for (const path of Object.keys(context.files)) {
        if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0] ?? '');
      }
      if (dir === '')
        for (const base of ['bin', 'dev', 'etc', 'home', 'proc', 'root', 'sys', 'tmp', 'usr', 'var']) names.add(base);
      if (
        names.size === 0 &&
        !Object.keys(context.files).some((path) => path.startsWith(prefix)) &&
        !['/tmp', '/data', '/etc', '/root'].includes(dir)
      ) {
        return done([err(`ls: ${dir}: No such file or directory`)], 1);
      }
      return done([...names].filter(Boolean).sort().map(out));
    }
    case 'ping': {
      const host = args.filter((arg) => !arg.startsWith('-') && !/^\d+$/.test(arg)).at(-1) ?? '';
      const ip = /^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : host === 'localhost' ? '127.0.0.1' : context.resolve(host);
      if (!ip) return done([err(`ping: bad address '${host}'`)], 1);
      return done([
        out(`PING ${host} (${ip}): 56 data bytes`),
        out(`64 bytes from ${ip}: seq=0 ttl=64 time=0.081 ms`),
        out(''),
        out(`--- ${host} ping statistics ---`),
        out('1 packets transmitted, 1 packets received, 0% packet loss'),
        out('round-trip min/avg/max = 0.081/0.081/0.081 ms'),
      ]);
    }
    case 'nslookup': {
      const host = args[0] ?? '';
      const ip = context.resolve(host);
      if (!ip)
        return done(
          [
            out('Server:\t\t127.0.0.11'),
            out('Address:\t127.0.0.11:53'),
            out(''),
            err(`** server can't find ${host}: NXDOMAIN`),
          ],
          1,
        );
      return done([
        out('Server:\t\t127.0.0.11'),
        out('Address:\t127.0.0.11:53'),
        out(''),
        out('Non-authoritative answer:'),
        out(`Name:\t${host}`),
        out(`Address: ${ip}`),
      ]);
    }
    case 'wget': {
      const url = args.filter((arg) => !arg.startsWith('-')).at(-1) ?? '';
      const host = url.replace(/^https?:\/\//, '').replace(/[:/].*$/, '');
      if (!context.resolve(host) && host !== 'localhost') return done([err(`wget: bad address '${host}'`)], 1);
      return done([
        err(`Connecting to ${url.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}`),
        out('<!DOCTYPE html>'),
        out('<title>Welcome!</title>'),
      ]);
    }
    default:
      return done([out(`${name}: this program is not simulated in the playground`)], 0);
  }
}

/** Expands `$NAME` and `${NAME}` from the container's environment outside single quotes, as sh does. */
function expandVariables(script: string, env: readonly string[]): string {
  return script
    .split(/('[^']*')/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/\$\{?([A-Za-z_]\w*)\}?/g, (_, name: string) => envValue(env, name) ?? ''),
    )
    .join('');
}

/** Runs a `sh -c` script: commands separated by `;`, `&&` and newlines, `echo … > file`, `$NAME`. */
export function runScript(context: ProcessContext, script: string): Outcome {
  const lines: Line[] = [];
  const writes: Record<string, string> = {};
  let exit = 0;
  // Split on ; and newlines at top level, keeping each command's redirection.
  for (const part of expandVariables(script, context.env).split(/;|\n|&&/)) {
    const source = part.trim();
    if (!source) continue;
    const redirect = /^(.*?)\s*(>>?)\s*(\S+)$/.exec(source);
    const commandText = redirect ? (redirect[1] ?? '') : source;
    const words = (toShellCommands(commandText)[0] ?? []).map((word) => word.value);
    if (words.length === 0) continue;
    if (words[0] === 'exit') return { lines, stays: false, exit: Number(words[1] ?? 0) & 255, writes };
    const result = runProgram({ ...context, files: { ...context.files, ...writes } }, words);
    if (result.exit === -1) {
      lines.push(err(`sh: ${words[0]}: not found`));
      exit = 127;
      continue;
    }
    if (result.stays)
      return { lines: [...lines, ...result.lines], stays: true, exit: 0, writes: { ...writes, ...result.writes } };
    Object.assign(writes, result.writes);
    if (redirect) {
      const path = redirect[3] ?? '';
      const text = result.lines
        .filter((line) => line.stream === 'out')
        .map((line) => `${line.text}\n`)
        .join('');
      writes[path] = redirect[2] === '>>' ? `${context.files[path] ?? writes[path] ?? ''}${text}` : text;
      lines.push(...result.lines.filter((line) => line.stream === 'err'));
    } else lines.push(...result.lines);
    exit = result.exit;
  }
  return { lines, stays: false, exit, writes };
}
