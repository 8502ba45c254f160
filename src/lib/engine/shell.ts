import { toShellCommands } from '../shell/words.ts';
import { envValue, err, out, runProgram, type Line, type Outcome, type ProcessContext, type Shell } from './process.ts';

/**
 * The tiny busybox-like shell inside a simulated container, for `docker exec`, `sh -c` and a
 * container's own command: echo (with `> file`), cat, ls, hostname, env, ping, nslookup, wget,
 * exit. Output and exit codes follow the recorded busybox transcripts (tests/transcripts/). The
 * browser loads it the first time a line runs a command of its own (./engine.ts toLazyModules).
 */

/** Runs one applet; a program the playground does not know says so rather than pretend. */
function runApplet(context: ProcessContext, name: string, args: readonly string[]): Outcome {
  const done = (lines: readonly Line[], exit = 0, writes: Record<string, string> = {}): Outcome => ({
    lines,
    stays: false,
    exit,
    writes,
  });
  switch (name) {
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
        } else if (text !== '') lines.push(...text.replace(/\n$/, '').split('\n').map(out));
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
      // busybox wget's -q (alone or in a group such as -qO-) drops the progress line.
      const quiet = args.some((arg) => arg === '--quiet' || /^-[^-]*q/.test(arg));
      return done([
        ...(quiet ? [] : [err(`Connecting to ${url.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}`)]),
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

/** One command of a script, and whether it runs only after the one before succeeded (`&&`). */
interface ScriptCommand {
  source: string;
  afterSuccess: boolean;
}

/** Splits a script at `;`, `&&` and newlines outside quotes, keeping each command's redirection. */
function toScriptCommands(script: string): ScriptCommand[] {
  const commands: ScriptCommand[] = [];
  let quote = '';
  let start = 0;
  let afterSuccess = false;
  const cut = (end: number, width: number, nextAfterSuccess: boolean): void => {
    commands.push({ source: script.slice(start, end).trim(), afterSuccess });
    start = end + width;
    afterSuccess = nextAfterSuccess;
  };
  for (let index = 0; index < script.length; index += 1) {
    const char = script[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ';' || char === '\n') cut(index, 1, false);
    else if (script.startsWith('&&', index)) cut(index, 2, true);
  }
  cut(script.length, 0, false);
  return commands.filter((command) => command.source !== '');
}

/** Runs a `sh -c` script: commands separated by `;`, `&&` and newlines, `echo … > file`, `$NAME`. */
function runScript(context: ProcessContext, script: string): Outcome {
  const lines: Line[] = [];
  const writes: Record<string, string> = {};
  let exit = 0;
  for (const { source, afterSuccess } of toScriptCommands(expandVariables(script, context.env))) {
    if (afterSuccess && exit !== 0) continue;
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
      writes[path] = redirect[2] === '>>' ? `${writes[path] ?? context.files[path] ?? ''}${text}` : text;
      lines.push(...result.lines.filter((line) => line.stream === 'err'));
    } else lines.push(...result.lines);
    exit = result.exit;
  }
  return { lines, stays: false, exit, writes };
}

/** The shell, for ./process.ts useShell. */
export const SHELL: Shell = { runApplet, runScript };
