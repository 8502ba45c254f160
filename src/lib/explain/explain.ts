import { toCanonicalReferenceHref as toReferenceHref } from '../links/reference-urls.ts';
import type { CliCommand, CliFlag, CliIndex } from '../cli/data.ts';
import {
  DOCKER_PROGRAMS,
  isDockerProgram,
  LEGACY_HINT,
  readDockerInvocation,
  type CommandProblem,
} from '../cli/invocation.ts';
import { toNearest } from '../links/nearest.ts';
import { toShellLines } from '../shell/lines.ts';
import { toProgramWords, toShellCommands, type ShellWord } from '../shell/words.ts';
import type { ConceptLink } from './concepts.ts';
import type { ExplainTexts } from './data.ts';
import type { Decoded } from './decoded.ts';
import { decodeFlagValue, toFlagDecoder, type Decode, type DecoderName, type Decoders } from './flag-values.ts';
import { decodeOperand, toOperandName, toOperandNames } from './operands.ts';
import { readInput } from './input.ts';
import { toRedirections, type Redirection } from './redirects.ts';
import type { MessageKey } from './messages.ts';
import type { Say } from './say.ts';

/** What one part of a command is, as a closed set. */
export const PART_KINDS = ['shell', 'program', 'command', 'flag', 'operand', 'passed', 'unknown'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** One explained part of a command: a word, a flag with its value, or a run of words. */
export interface ExplainPart {
  kind: PartKind;
  /** Where the part is in its command's text. */
  start: number;
  end: number;
  /** What the part is: `-p, --publish`, `docker container run`, `IMAGE`. */
  title: string;
  /** What it does, in our words. */
  meaning: string;
  /** What its value means, decoded. */
  detail?: string;
  warnings: string[];
  /** Its entry in the command reference. */
  reference?: { href: string; label: string };
  /** The concept section that teaches it. */
  concept?: ConceptLink | undefined;
  /** A command line to explain instead (`docker compose up` for `docker-compose up`, the inside of `$(…)`). */
  explainInstead?: string;
}

/** One simple command of the input, with its parts in order. */
export interface ExplainedCommand {
  /** The command as written, continuation lines included. */
  text: string;
  /** How it follows the previous command (`&&`, `|`, …), in words; empty for the first. */
  joiner: string;
  parts: ExplainPart[];
}

/** The explanation of a whole input. */
export interface Explanation {
  commands: ExplainedCommand[];
  /** Messages about the input as a whole: too long, control characters, unclosed quotes, no docker command. */
  notes: string[];
  /** Decoders a part needed and the caller did not give: load them and explain again. */
  needs: DecoderName[];
}

/** The operators between commands; each one's words are `join.` and the operator in messages.ts. */
const JOINERS = ['&&', '||', '|', ';', '&', '\n'];

/** A documentation placeholder (`<container>`), which a shell would read as a redirection. */
const PLACEHOLDER = /^<[A-Za-z][\w-]*>$/;
/** One of several words (`<container name>`): read as one placeholder, its spaces masked while the words are read. */
const SPACED_PLACEHOLDER = /<[A-Za-z][\w-]*(?: [\w-]+)+>/g;

/** Words of the shell itself, before the program, that readers meet in READMEs: `prefix.` and the word in messages.ts. */
const PREFIXES: Readonly<Record<string, { meaning: MessageKey; concept?: string }>> = {
  sudo: { meaning: 'prefix.sudo', concept: '/daemon/#the-unix-socket-and-who-may-use-it' },
  DOCKER_HOST: { meaning: 'prefix.DOCKER_HOST', concept: '/contexts/#host-addresses' },
  DOCKER_CONTEXT: { meaning: 'prefix.DOCKER_CONTEXT', concept: '/contexts/#contexts' },
  DOCKER_BUILDKIT: { meaning: 'prefix.DOCKER_BUILDKIT' },
};

function toWarning(problem: Readonly<CommandProblem>): string {
  return problem.message.endsWith(LEGACY_HINT) ? problem.message.slice(0, -LEGACY_HINT.length) : problem.message;
}

function toFlagTitle(flag: Readonly<CliFlag>): string {
  return flag.short ? `${flag.short}, ${flag.name}` : flag.name;
}

/** The warnings that belong to a flag by its nature, whatever its value. */
function toFlagWarnings(flag: Readonly<CliFlag>, say: Say): string[] {
  return flag.name === '--privileged' ? [say('flag.privileged')] : [];
}

const end = (word: Readonly<ShellWord>): number => word.offset + word.raw.length;

/** Value types a flag refuses a word for unless it is a number or a size (`-c 512`, `-m 256m`). */
const NUMERIC = /^(?:u?int|float|bytes|duration)/;

/**
 * Reports whether the first word of a container's command reads as a docker flag put after the
 * image by mistake (`docker run nginx -p 8080:80`), rather than an option of the image's own
 * program: `postgres -c shared_buffers=256MB` gives `-c` a value docker's `--cpu-shares` would
 * refuse, and `mongo --help` asks mongod for its help.
 */
function isDockerFlagAfterImage(
  first: Readonly<ShellWord>,
  next: Readonly<ShellWord> | undefined,
  command: Readonly<CliCommand>,
  cli: CliIndex,
): boolean {
  const [name = '', glued] = first.value.split(/=(.*)/s);
  if (!name.startsWith('-') || name === '--help') return false;
  const flag = cli.findFlag(command, name);
  if (!flag) return false;
  const value = glued ?? next?.value ?? '';
  return !flag.value || !NUMERIC.test(flag.value) || /^\d[\d.]*[a-zA-Z]{0,2}$/.test(value);
}

/** Reads one docker invocation into parts; `base` is the command's offset in the source. */
function explainInvocation(
  prefix: readonly ShellWord[],
  words: readonly ShellWord[],
  cli: CliIndex,
  use: (name: DecoderName) => Decode | undefined,
  { toConcept, toConceptLink, say }: ExplainTexts,
): ExplainPart[] {
  const parts: ExplainPart[] = [];
  const add = (part: Omit<ExplainPart, 'warnings'> & { warnings?: string[] }): ExplainPart => {
    const full = { warnings: [], ...part };
    parts.push(full);
    return full;
  };
  const commandLinks = (command: Readonly<CliCommand>) => ({
    reference: { href: toReferenceHref(command.path), label: say('ref.command', command.path) },
    ...(toConcept(command.path) ? { concept: toConcept(command.path) } : {}),
  });

  for (let index = 0; index < prefix.length; index += 1) {
    const word = prefix[index]!;
    const name = word.value.split('=')[0] ?? '';
    const known = PREFIXES[name];
    if (name === 'sudo') {
      let last = word;
      while (prefix[index + 1]?.value.startsWith('-')) last = prefix[(index += 1)]!;
      add({
        kind: 'shell',
        start: word.offset,
        end: end(last),
        title: 'sudo',
        meaning: say('prefix.sudo'),
        ...(known?.concept ? { concept: toConceptLink(known.concept) } : {}),
      });
    } else {
      add({
        kind: 'shell',
        start: word.offset,
        end: end(word),
        title: `${name}=…`,
        meaning: known ? say(known.meaning) : say('prefix.env', name),
        ...(known?.concept ? { concept: toConceptLink(known.concept) } : {}),
      });
    }
  }

  const [program] = words;
  const root = program ? cli.findCommand(program.value) : undefined;
  if (!program || !root) return parts;
  const read = readDockerInvocation(words, cli);
  const problemsAt = (word: Readonly<ShellWord>): string[] =>
    read.problems.filter((problem) => problem.word === word && problem.ruleId !== 'unknown-flag').map(toWarning);

  add({
    kind: 'program',
    start: program.offset,
    end: end(program),
    title: root.path,
    meaning: root.meaning,
    warnings: problemsAt(program),
    ...commandLinks(root),
  });
  if (root.status === 'removed' && root.replacement && read.unread.length > 0) {
    const rest = read.unread;
    const last = rest.at(-1)!;
    add({
      kind: 'unknown',
      start: rest[0]?.offset ?? 0,
      end: end(last),
      title: say('title.unread'),
      meaning: say('gone.replaced', root.path, root.replacement),
      explainInstead: [root.replacement, ...rest.map((word) => word.raw)].join(' '),
    });
    return parts;
  }

  let written = program.value;
  let command = root;
  const values = new Map(read.values.map((value) => [value.part, value]));
  for (const part of read.parts) {
    if (part.kind === 'command') {
      written = `${written} ${part.word.value}`;
      command = part.command;
      add({
        kind: 'command',
        start: part.word.offset,
        end: end(part.word),
        title: command.path,
        meaning: (written !== command.path
          ? say('alias', command.meaning, written, command.path)
          : `${command.meaning}.`
        ).replace('..', '.'),
        warnings: problemsAt(part.word),
        ...commandLinks(command),
      });
      continue;
    }
    const flag = part.flag!;
    const value = values.get(part);
    const decoder = value && toFlagDecoder(part.command.path, flag.name);
    const decode = decoder ? use(decoder) : undefined;
    const decoded: Decoded | undefined =
      value && decode
        ? // The volume decoder reads a source the shell fills in (`$PWD/conf:/etc/app`) itself.
          decodeFlagValue(decode, part.command.path, value.value, value.word.opaque && decoder !== 'volume', say)
        : undefined;
    const missing = read.problems.find((problem) => problem.word === part.word && problem.ruleId === 'missing-value');
    const status = read.problems.find(
      (problem) =>
        problem.word === part.word &&
        (problem.ruleId === 'deprecated' || problem.ruleId === 'removed') &&
        problem.message.includes(flag.name),
    );
    const concept = toConceptLink(decoded?.concept) ?? toConcept(part.command.path, flag.name);
    add({
      kind: 'flag',
      start: part.word.offset + part.start,
      end: value
        ? value.word === part.word
          ? end(part.word)
          : end(value.word)
        : part.word.offset + part.start + part.length,
      title: toFlagTitle(flag),
      meaning: `${flag.meaning}.`.replace('..', '.'),
      ...(decoded ? { detail: decoded.invalid ? say('refused', decoded.text) : decoded.text } : {}),
      warnings: [
        ...(missing ? [toWarning(missing)] : []),
        ...(status ? [toWarning(status)] : []),
        ...toFlagWarnings(flag, say),
        ...(decoded?.warning ? [decoded.warning] : []),
      ],
      reference: {
        href: toReferenceHref(part.command.path, flag.name),
        label: say('ref.flag', toFlagTitle(flag), part.command.path),
      },
      ...(concept ? { concept } : {}),
    });
  }

  // A removed subcommand (`docker scan`) reads nothing more; its warning names the replacement.
  const rest = read.unread.filter((word) => word !== read.stoppedAt && word.offset >= (parts.at(-1)?.end ?? 0));
  if (command.status === 'removed' && rest.length > 0)
    add({
      kind: 'unknown',
      start: rest[0]!.offset,
      end: end(rest.at(-1)!),
      title: say('title.unread'),
      meaning: say('gone', command.path),
    });

  for (const problem of read.problems.filter((item) => item.ruleId === 'unknown-flag')) {
    add({
      kind: 'unknown',
      start: problem.word.offset,
      end: end(problem.word),
      title: say('title.flag'),
      meaning: toWarning(problem),
      warnings: [toWarning(problem)],
    });
  }
  for (const problem of read.problems.filter((item) => item.ruleId === 'unknown-command')) {
    const rest = read.unread;
    // The data holds the commands this site covers (all of docker/cli's but a few, part of each
    // plugin's), so a command it lacks may still exist: say what the data knows, never more.
    const said = toWarning(problem).replace(
      /^`([^`]+)` has no subcommand `([^`]+)`(?:; its subcommands are (.*))?/,
      (_, parent: string, word: string, known?: string) =>
        known ? say('no.command.known', parent, word, known) : say('no.command', parent, word),
    );
    add({
      kind: 'unknown',
      start: problem.word.offset,
      end: end(rest.at(-1) ?? problem.word),
      title: say('title.command'),
      meaning: say('unknown.command', said.endsWith('?') ? said : `${said}.`),
      warnings: [said],
    });
  }

  const names = toOperandNames(command);
  read.operands.forEach((word, index) => {
    const name = toOperandName(names, index);
    const placeholder = PLACEHOLDER.test(word.raw);
    const decoded =
      word.opaque || placeholder ? undefined : decodeOperand(name, word.value, command.path, () => use('image'), say);
    add({
      kind: 'operand',
      start: word.offset,
      end: end(word),
      title: name || say('title.extra'),
      meaning:
        decoded?.text ?? (placeholder ? say('operand.placeholder', name) : say('operand.shell', command.path, name)),
      warnings: decoded?.invalid ? [say('operand.refused')] : [],
      reference: { href: toReferenceHref(command.path), label: say('ref.command', command.path) },
      ...(decoded?.concept ? { concept: toConceptLink(decoded.concept) } : {}),
    });
  });

  if (read.passed.length > 0) {
    const [first] = read.passed;
    const last = read.passed.at(-1)!;
    const image = read.operands.at(-1)?.value ?? say('the.image');
    const misplaced = first && isDockerFlagAfterImage(first, read.passed[1], command, cli);
    const run = command.usage.includes('IMAGE');
    const entrypoint = read.parts.find((part) => part.flag?.name === '--entrypoint');
    const program = entrypoint && values.get(entrypoint)?.value;
    const words = read.passed.map((word) => word.raw).join(' ');
    // A `$(…)` in the container's command runs on your machine, before docker starts.
    const substituted = read.passed
      .map((word) => /\$\((.*?)\)/s.exec(word.value)?.[1]?.trim())
      .filter((inner): inner is string => Boolean(inner));
    add({
      kind: 'passed',
      start: first?.offset ?? 0,
      end: end(last),
      title: say(run ? 'title.cmd' : 'title.exec'),
      meaning: program ? say('cmd.entrypoint', words, program) : say(run ? 'cmd.run' : 'cmd.exec', words),
      warnings: [
        ...(misplaced ? [say('cmd.misplaced', first?.value ?? '', image)] : []),
        ...substituted.map((inner) => say('cmd.substituted', inner)),
      ],
      ...(run ? { concept: toConceptLink('/dockerfile/#cmd-and-entrypoint') } : {}),
    });
  }

  for (const word of read.unread) {
    if (word === read.stoppedAt || parts.some((part) => part.start <= word.offset && end(word) <= part.end)) continue;
    // `-h` is only left unread where no flag of the command owns it, so it is the help too.
    if (word.value === '--help' || word.value === '-h' || word.value === '--')
      add({
        kind: 'flag',
        start: word.offset,
        end: end(word),
        title: word.value,
        meaning: word.value === '--' ? say('dashdash') : say('help', command.path),
      });
  }
  if (read.stoppedAt) {
    const word = read.stoppedAt;
    const inner = /^\$\((.*)\)$/s.exec(word.value)?.[1]?.trim();
    const rest = read.unread.filter((item) => item.offset > word.offset);
    add({
      kind: 'shell',
      start: word.offset,
      end: end(rest.at(-1) ?? word),
      title: say('title.shell'),
      meaning: inner
        ? say(rest.length ? 'runs.rest' : 'runs', inner)
        : say(rest.length ? 'var.rest' : 'var', word.value),
      ...(inner && /^(?:sudo\s+)?docker\b/.test(inner) ? { explainInstead: inner } : {}),
    });
  }
  return parts.sort((a, b) => a.start - b.start);
}

/** Fills every stretch of a command's text that no part covers with an "unknown" part, so nothing goes unexplained. */
function isCovered(word: Readonly<ShellWord>, parts: readonly ExplainPart[]): boolean {
  // A combined `-dit` is covered by three parts side by side.
  let at = word.offset;
  for (const part of parts) if (part.start <= at && part.end > at) at = Math.max(at, part.end);
  return at >= end(word);
}

function coverGaps(parts: ExplainPart[], words: readonly ShellWord[], say: Say): ExplainPart[] {
  const uncovered = words.filter((word) => !isCovered(word, parts));
  const added = uncovered.map((word): ExplainPart => ({
    kind: 'unknown',
    start: word.offset,
    end: end(word),
    title: say('title.unknown'),
    meaning: say('unknown', word.value),
    warnings: [],
  }));
  return [...parts, ...added].sort((a, b) => a.start - b.start);
}

/** The redirections that no part spans already, as parts of the shell. */
function toRedirectionParts(
  redirections: readonly Redirection[],
  parts: readonly ExplainPart[],
  say: Say,
): ExplainPart[] {
  return redirections
    .filter((item) => !parts.some((part) => part.start < item.end && item.start < part.end))
    .map((item) => ({ kind: 'shell', ...item, title: say('title.redirection'), warnings: [] }));
}

/** Explains a command that is not docker's: one part, with "did you mean" when it is close. */
function explainOther(words: readonly ShellWord[], say: Say): ExplainPart {
  const [first] = words;
  const name = first?.value ?? '';
  const near = toNearest(name, DOCKER_PROGRAMS, 1);
  return {
    kind: 'unknown',
    start: first?.offset ?? 0,
    end: end(words.at(-1) ?? first!),
    title: say('title.other', name),
    meaning: near[0] && name !== near[0] ? say('other.near', name, near[0]) : say('other', name),
    warnings: [],
  };
}

/** The texts of a part with each masked placeholder shown as written. */
function unmaskPart(part: Readonly<ExplainPart>, unmask: (said: string) => string): Partial<ExplainPart> {
  return {
    title: unmask(part.title),
    meaning: unmask(part.meaning),
    ...(part.detail ? { detail: unmask(part.detail) } : {}),
    warnings: part.warnings.map(unmask),
    ...(part.explainInstead ? { explainInstead: unmask(part.explainInstead) } : {}),
  };
}

/**
 * Explains a command line as pasted: prompts, continuations, `sudo`, `VAR=value`, pipes and
 * `&&` chains, each docker command part by part, with its value decoded and its links. Pure, so
 * the build pre-renders the page's example with it and the browser explains what a reader types.
 *
 * @param input What the reader pasted.
 * @param cli The CLI data's lookups.
 * @param decoders The value decoders at hand; the ones a part needed and did not find are in `needs`.
 * @param texts The concept sections to link and the sentences to say (`fromExplainData`, or TEXTS of decoders.ts).
 * @example explainCommandLine('$ docker run -p 8080:80 nginx', CLI, DECODERS, TEXTS).commands[0]?.parts.length // 4
 */
export function explainCommandLine(
  input: string,
  cli: CliIndex,
  decoders: Readonly<Decoders>,
  texts: ExplainTexts,
): Explanation {
  const { say } = texts;
  const { text, notes } = readInput(input, say);
  const needs = new Set<DecoderName>();
  const use = (name: DecoderName): Decode | undefined => decoders[name] ?? void needs.add(name);
  if (!text.trim()) return { commands: [], notes, needs: [] };
  const { code, kinds } = toShellLines(text);
  const shown = code
    .split('\n')
    .map((line, index) => (kinds[index] === 'output' ? '' : line))
    .join('\n');
  // `<container name>` is one placeholder to a reader: its words are read as one (`<container_name>`)
  // and shown as written.
  const masked: [string, string][] = [];
  const source = shown.replace(SPACED_PLACEHOLDER, (written) => {
    masked.push([written.replace(/ /g, '_'), written]);
    return masked.at(-1)![0];
  });
  const unmask = (said: string): string =>
    masked.reduce((text, [read, written]) => text.split(read).join(written), said);
  const commands: ExplainedCommand[] = [];
  let previousEnd = -1;
  for (const words of toShellCommands(source)) {
    const first = words[0]!;
    const base = first.offset;
    const gaps = words.slice(1).map((word, index) => [end(words[index]!), word.offset] as const);
    const redirections = toRedirections(source, gaps, end(words.at(-1)!), say);
    const last = Math.max(end(words.at(-1)!), ...redirections.map((redirection) => redirection.end));
    const between = previousEnd < 0 ? '' : source.slice(previousEnd, base);
    // A `2>&1` the shell read is not an `&` between commands.
    const operator =
      /&&|\|\||[|;&]/.exec(between.replace(/#[^\n]*/g, '').replace(/\d*>&\d+|&>/g, ' '))?.[0] ??
      (between.includes('\n') ? '\n' : '');
    const joiner = commands.length > 0 && JOINERS.includes(operator) ? say(`join.${operator}` as MessageKey) : '';
    previousEnd = last;
    for (const word of words) {
      if (word.unclosed)
        notes.push(
          say('unclosed', word.unclosed === '$(' ? '$(' : say('quote', word.unclosed), word.line, word.column),
        );
    }
    const program = toProgramWords(words);
    const isDocker = isDockerProgram(program[0]?.value ?? '');
    const read = isDocker
      ? coverGaps(
          explainInvocation(words.slice(0, words.length - program.length), program, cli, use, texts),
          words,
          say,
        )
      : [explainOther(words, say)];
    const parts = [...read, ...toRedirectionParts(redirections, read, say)].sort((a, b) => a.start - b.start);
    for (const word of words.filter((item) => PLACEHOLDER.test(item.raw)))
      parts
        .find((part) => part.start <= word.offset && end(word) <= part.end)
        ?.warnings.push(say('placeholder', word.raw));
    commands.push({
      text: shown.slice(base, last),
      joiner,
      parts: parts.map((part) => ({
        ...part,
        start: part.start - base,
        end: part.end - base,
        ...(masked.length ? unmaskPart(part, unmask) : {}),
      })),
    });
  }
  if (!commands.some((command) => command.parts.some((part) => part.kind === 'program'))) notes.push(say('no.docker'));
  return { commands, notes, needs: [...needs] };
}
