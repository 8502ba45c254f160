/**
 * What runs inside a simulated container: the images' main programs (nginx, redis-server,
 * postgres, /hello …), a shell with no script, sleep, true, false and exit. The busybox-like shell
 * for `docker exec` and `sh -c` (echo, cat, ls, ping …) is ./shell.ts, plugged in by useShell.
 * Output and exit codes follow the recorded busybox transcripts (tests/transcripts/).
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

export const out = (text: string): Line => ({ stream: 'out', text });
export const err = (text: string): Line => ({ stream: 'err', text });

const BUSYBOX = new Set([
  'sh',
  'ash',
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

export function envValue(env: readonly string[], name: string): string | undefined {
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
      if (args[0] === '-c') return shell ? shell.runScript(context, args[1] ?? '') : loading(name);
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
    default:
      return shell ? shell.runApplet(context, name, args) : loading(name);
  }
}

/** The in-container shell and its applets (./shell.ts), which the browser loads on first need. */
export interface Shell {
  runApplet: (context: ProcessContext, name: string, args: readonly string[]) => Outcome;
  runScript: (context: ProcessContext, script: string) => Outcome;
}
let shell: Shell | undefined;

/** Plugs in the in-container shell (./index.ts for the build, the console when a line first needs it). */
export function useShell(value: Shell): void {
  shell = value;
}

/** What a program says when the shell's code has not arrived yet (toLazyModules should prevent it). */
function loading(name: string): Outcome {
  return {
    lines: [err(`${name}: the playground's shell is still loading; run the line again`)],
    stays: false,
    exit: 1,
    writes: {},
  };
}
