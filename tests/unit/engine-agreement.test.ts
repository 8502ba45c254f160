import { describe, expect, it } from 'vitest';
import { toRefusalText } from '../../src/lib/cli/refusal.ts';
import { createState, execute, withImages } from '../../src/lib/engine/index.ts';
import { parseInvocation } from '../../src/lib/engine/invocation.ts';
import { LESSONS } from '../../src/lib/engine/lessons.ts';
import { readShellSnippet } from '../../src/lib/shell/snippet.ts';
import { toProgramWords, toShellCommands } from '../../src/lib/shell/words.ts';
import { CLI } from '../../src/node/cli-data.ts';
import { ENGINE_CLI, readTranscripts } from './engine/replay.ts';

/**
 * The playground and the build check read a command alike: the build check's verdict on a
 * snippet line (the first problem readShellSnippet finds, which fails the build) and the
 * engine's (Docker's refusal on stderr, or the command run) agree line by line.
 */

/** What the build check says: `accepted`, or the rule of the problem that fails the build. */
function toBuildVerdict(line: string): { rule: string; refusal?: string } {
  const [problem] = readShellSnippet(`$ ${line}`, CLI).invocations[0]?.problems ?? [];
  if (!problem) return { rule: 'accepted' };
  return { rule: problem.ruleId, ...(problem.refusal ? { refusal: toRefusalText(problem.refusal).stderr } : {}) };
}

/** What the engine says: `accepted` when it reads the line, or Docker's refusal and exit status. */
function toEngineVerdict(line: string): { stderr: string; exit: number } | 'accepted' {
  const parsed = parseInvocation(toProgramWords(toShellCommands(line)[0] ?? []), ENGINE_CLI);
  return parsed.ok ? 'accepted' : { stderr: parsed.stderr, exit: parsed.exit };
}

const start = withImages(createState('agree'), ['busybox:1.38', 'nginx:1.30']);

describe('the build check and the playground give one verdict', () => {
  // line, the build check's rule, the first line of Docker's refusal (or accepted), its exit status
  const TABLE: [string, string, string, number][] = [
    ['docker run -dit --name=box busybox:1.38 sh', 'accepted', 'accepted', 0],
    ['docker run --rm -it busybox:1.38 sh', 'accepted', 'accepted', 0],
    ['docker run -d -e A=b -e C --name web nginx:1.30', 'accepted', 'accepted', 0],
    ['docker run --rm --name=once busybox:1.38 echo hi', 'accepted', 'accepted', 0],
    ['docker run --rm -- busybox:1.38 echo hi', 'accepted', 'accepted', 0],
    ['docker run --rm busybox:1.38 -- echo hi', 'accepted', 'accepted', 127],
    ['docker run --rm=false -d=1 busybox:1.38 sleep 60', 'accepted', 'accepted', 0],
    ['docker run -dp 8080:80 nginx:1.30', 'accepted', 'accepted', 0],
    ['docker run -p=8081:80 -d nginx:1.30', 'accepted', 'accepted', 0],
    ['docker ps -h', 'accepted', 'accepted', 0],
    ['docker container ps --all', 'accepted', 'accepted', 0],
    ['docker stop --time 5 web', 'deprecated', 'accepted', 1],
    ['docker run --nope nginx:1.30', 'unknown-flag', 'unknown flag: --nope', 125],
    ['docker run -dxz nginx:1.30', 'unknown-flag', "unknown shorthand flag: 'x' in -xz", 125],
    ['docker run ---rm nginx:1.30', 'unknown-flag', 'bad flag syntax: ---rm', 125],
    ['docker --bogus ps', 'unknown-flag', 'unknown flag: --bogus', 125],
    ['docker container ps --x', 'unknown-flag', 'unknown flag: --x', 125],
    ['docker run --name', 'missing-value', 'flag needs an argument: --name', 125],
    ['docker run -dp', 'missing-value', "flag needs an argument: 'p' in -p", 125],
    [
      'docker run --rm=maybe nginx:1.30',
      'invalid-value',
      'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
      125,
    ],
    ['docker bogus', 'unknown-command', 'docker: unknown command: docker bogus', 1],
    ['docker volume lss', 'unknown-command', 'docker: unknown command: docker volume lss', 1],
    ['docker scan nginx:1.30', 'removed', 'docker: unknown command: docker scan', 1],
  ];

  it.each(TABLE)('%s: build %s, engine %s', (line, rule, refusal, exit) => {
    const build = toBuildVerdict(line);
    const engine = toEngineVerdict(line);
    expect(build.rule).toBe(rule);
    if (refusal === 'accepted') {
      expect(engine).toBe('accepted');
      expect(build.refusal).toBeUndefined();
      // Accepted means the command ran: its exit status is the command's, not a refusal's.
      const result = execute(start, line, ENGINE_CLI);
      expect(result.exit, result.stderr).toBe(exit);
      return;
    }
    expect(engine).toEqual({ stderr: build.refusal, exit });
    expect(typeof engine === 'object' && engine.stderr.split('\n')[0]).toBe(refusal);
    const result = execute(start, line, ENGINE_CLI);
    // Refused means nothing ran: Docker's words on stderr, and no container created.
    expect([result.stderr, result.exit, result.state.containers]).toEqual([build.refusal, exit, start.containers]);
  });

  it('accepts every transcript command and lesson line, as the build check does', () => {
    const lines = [
      ...readTranscripts().flatMap((transcript) => transcript.steps.map((step) => step.command)),
      ...LESSONS.flatMap((lesson) => [...lesson.setup, ...lesson.solution]),
    ];
    const verdicts = lines.map((line) => [line, toBuildVerdict(line).rule, toEngineVerdict(line)]);
    expect(verdicts).toEqual(lines.map((line) => [line, 'accepted', 'accepted']));
    expect(lines.length).toBeGreaterThan(100);
  });
});
