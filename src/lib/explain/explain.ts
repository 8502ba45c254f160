import { toCanonicalReferenceHref as toReferenceHref } from '../links/reference-urls.ts';
import type { CliCommand, CliFlag, CliIndex } from '../cli/data.ts';
import { DOCKER_PROGRAMS, LEGACY_HINT, readDockerInvocation, type CommandProblem } from '../cli/invocation.ts';
import { toNearest } from '../links/nearest.ts';
import { toShellLines } from '../shell/lines.ts';
import { toProgramWords, toShellCommands, type ShellWord } from '../shell/words.ts';
import type { ConceptLink, Concepts } from './concepts.ts';
import type { Decoded } from './decoded.ts';
import { decodeFlagValue, toFlagDecoder, type Decode, type DecoderName, type Decoders } from './flag-values.ts';
import { decodeOperand, toOperandName, toOperandNames } from './operands.ts';
import { readInput } from './input.ts';
import { toRedirections, type Redirection } from './redirects.ts';

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

const JOINERS: Readonly<Record<string, string>> = {
  '&&': 'Then, if the command before succeeded (&&):',
  '||': 'Then, only if the command before failed (||):',
  '|': 'Receiving the output of the command before (|):',
  ';': 'Then (;):',
  '&': 'While the command before runs in the background (&):',
  '\n': 'Then, on the next line:',
};

/** A documentation placeholder (`<container>`), which a shell would read as a redirection. */
const PLACEHOLDER = /^<[A-Za-z][\w-]*>$/;

/** Words of the shell itself, before the program, that readers meet in READMEs. */
const PREFIX_MEANINGS: Readonly<Record<string, { meaning: string; concept?: string }>> = {
  sudo: {
    meaning:
      'Runs the command as root. Docker needs it unless your user may use the daemon’s socket (the docker group, which is root-equivalent).',
    concept: '/daemon/#the-unix-socket-and-who-may-use-it',
  },
  DOCKER_HOST: {
    meaning: 'Tells the client which daemon to talk to, for this one command.',
    concept: '/contexts/#host-addresses',
  },
  DOCKER_CONTEXT: {
    meaning: 'Picks the client context (which daemon) for this one command.',
    concept: '/contexts/#contexts',
  },
  DOCKER_BUILDKIT: {
    meaning: 'Chose BuildKit for builds; BuildKit is the default builder since Engine 23, so this is no longer needed.',
  },
};

function toWarning(problem: Readonly<CommandProblem>): string {
  return problem.message.endsWith(LEGACY_HINT) ? problem.message.slice(0, -LEGACY_HINT.length) : problem.message;
}

function toFlagTitle(flag: Readonly<CliFlag>): string {
  return flag.short ? `${flag.short}, ${flag.name}` : flag.name;
}

/** The warnings that belong to a flag by its nature, whatever its value. */
function toFlagWarnings(flag: Readonly<CliFlag>): string[] {
  if (flag.name === '--privileged')
    return [
      'Privileged: the container gets every capability and the host’s devices, so a process in it can take over the host. Add only what it needs with --cap-add.',
    ];
  return [];
}

const end = (word: Readonly<ShellWord>): number => word.offset + word.raw.length;

/** Reads one docker invocation into parts; `base` is the command's offset in the source. */
function explainInvocation(
  prefix: readonly ShellWord[],
  words: readonly ShellWord[],
  cli: CliIndex,
  use: (name: DecoderName) => Decode | undefined,
  { toConcept, toConceptLink }: Concepts,
): ExplainPart[] {
  const parts: ExplainPart[] = [];
  const add = (part: Omit<ExplainPart, 'warnings'> & { warnings?: string[] }): ExplainPart => {
    const full = { warnings: [], ...part };
    parts.push(full);
    return full;
  };
  const commandLinks = (command: Readonly<CliCommand>) => ({
    reference: { href: toReferenceHref(command.path), label: `${command.path} in the command reference` },
    ...(toConcept(command.path) ? { concept: toConcept(command.path) } : {}),
  });

  for (let index = 0; index < prefix.length; index += 1) {
    const word = prefix[index]!;
    const name = word.value.split('=')[0] ?? '';
    const known = PREFIX_MEANINGS[name];
    if (name === 'sudo') {
      let last = word;
      while (prefix[index + 1]?.value.startsWith('-')) last = prefix[(index += 1)]!;
      add({
        kind: 'shell',
        start: word.offset,
        end: end(last),
        title: 'sudo',
        meaning: known?.meaning ?? '',
        ...(known?.concept ? { concept: toConceptLink(known.concept) } : {}),
      });
    } else {
      add({
        kind: 'shell',
        start: word.offset,
        end: end(word),
        title: `${name}=…`,
        meaning:
          known?.meaning ??
          `Sets the environment variable ${name} for this one command (it is the client’s, not the container’s).`,
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
      title: 'Not read',
      meaning: `\`${root.path}\` is gone, so these words are not read here. Written for \`${root.replacement}\`, they mean what the link below explains.`,
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
      const alias = written !== command.path ? ` \`${written}\` is the short form of \`${command.path}\`.` : '';
      add({
        kind: 'command',
        start: part.word.offset,
        end: end(part.word),
        title: command.path,
        meaning: `${command.meaning}.${alias}`.replace('..', '.'),
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
      value && decode ? decodeFlagValue(decode, part.command.path, value.value, value.word.opaque) : undefined;
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
      ...(decoded ? { detail: decoded.invalid ? `Docker refuses this value. ${decoded.text}` : decoded.text } : {}),
      warnings: [
        ...(missing ? [toWarning(missing)] : []),
        ...(status ? [toWarning(status)] : []),
        ...toFlagWarnings(flag),
        ...(decoded?.warning ? [decoded.warning] : []),
      ],
      reference: {
        href: toReferenceHref(part.command.path, flag.name),
        label: `${toFlagTitle(flag)} of ${part.command.path} in the command reference`,
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
      title: 'Not read',
      meaning: `\`${command.path}\` is gone, so these words are not read here.`,
    });

  for (const problem of read.problems.filter((item) => item.ruleId === 'unknown-flag')) {
    add({
      kind: 'unknown',
      start: problem.word.offset,
      end: end(problem.word),
      title: 'Unknown flag',
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
        `This site’s CLI data has no \`${parent} ${word}\`${known ? ` (it knows \`${parent}\` ${known})` : ''}`,
    );
    add({
      kind: 'unknown',
      start: problem.word.offset,
      end: end(rest.at(-1) ?? problem.word),
      title: 'Unknown command',
      meaning: `${said}${said.endsWith('?') ? '' : '.'} This page does not guess what it does, and does not read the words from here on.`,
      warnings: [said],
    });
  }

  const names = toOperandNames(command);
  read.operands.forEach((word, index) => {
    const name = toOperandName(names, index);
    const decoded = word.opaque ? undefined : decodeOperand(name, word.value, command.path, () => use('image'));
    add({
      kind: 'operand',
      start: word.offset,
      end: end(word),
      title: name || 'Extra argument',
      meaning:
        decoded?.text ??
        `The shell fills this in before docker runs; \`${command.path}\` reads it as its ${name} argument.`,
      warnings: decoded?.invalid ? ['Docker refuses this argument as written.'] : [],
      reference: { href: toReferenceHref(command.path), label: `${command.path} in the command reference` },
      ...(decoded?.concept ? { concept: toConceptLink(decoded.concept) } : {}),
    });
  });

  if (read.passed.length > 0) {
    const [first] = read.passed;
    const last = read.passed.at(-1)!;
    const image = read.operands.at(-1)?.value ?? 'the image';
    const misplaced = first?.value.startsWith('-') ? cli.findFlag(command, first.value.split('=')[0] ?? '') : undefined;
    const run = command.usage.includes('IMAGE');
    // A `$(…)` in the container's command runs on your machine, before docker starts.
    const substituted = read.passed
      .map((word) => /\$\((.*?)\)/s.exec(word.value)?.[1]?.trim())
      .filter((inner): inner is string => Boolean(inner));
    add({
      kind: 'passed',
      start: first?.offset ?? 0,
      end: end(last),
      title: run ? 'The container’s command' : 'The command to run in the container',
      meaning: run
        ? `The container runs \`${read.passed.map((word) => word.raw).join(' ')}\` instead of the command the image declares (its CMD). Docker does not read these words.`
        : `Runs \`${read.passed.map((word) => word.raw).join(' ')}\` inside the container. Docker does not read these words.`,
      warnings: [
        ...(misplaced
          ? [
              `\`${first?.value}\` comes after the image ${image}, so it goes to the container’s command, not to docker. Move it before ${image}.`,
            ]
          : []),
        ...substituted.map(
          (inner) =>
            `The shell runs \`${inner}\` first and puts its output here: on your machine, before docker starts, not in the container (this page never runs anything).`,
        ),
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
        meaning:
          word.value === '--'
            ? 'Ends docker’s options: every word after it is an argument, even one that starts with -.'
            : `Prints the help of \`${command.path}\` and runs nothing.`,
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
      title: 'Filled in by the shell',
      meaning: inner
        ? `The shell runs \`${inner}\` first and puts its output here (this page never runs anything).${rest.length ? ' What follows depends on that output, so it is not read.' : ''}`
        : `The shell puts the value of ${word.value} here before docker runs.${rest.length ? ' What follows depends on it, so it is not read.' : ''}`,
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

function coverGaps(parts: ExplainPart[], words: readonly ShellWord[]): ExplainPart[] {
  const uncovered = words.filter((word) => !isCovered(word, parts));
  const added = uncovered.map((word): ExplainPart => ({
    kind: 'unknown',
    start: word.offset,
    end: end(word),
    title: 'Not recognised',
    meaning: `The CLI data does not know \`${word.value}\` here, so this page does not guess what it means.`,
    warnings: [],
  }));
  return [...parts, ...added].sort((a, b) => a.start - b.start);
}

/** The redirections that no part spans already, as parts of the shell. */
function toRedirectionParts(redirections: readonly Redirection[], parts: readonly ExplainPart[]): ExplainPart[] {
  return redirections
    .filter((item) => !parts.some((part) => part.start < item.end && item.start < part.end))
    .map((item) => ({ kind: 'shell', ...item, title: 'Redirection, by the shell', warnings: [] }));
}

/** Explains a command that is not docker's: one part, with "did you mean" when it is close. */
function explainOther(words: readonly ShellWord[]): ExplainPart {
  const [first] = words;
  const name = first?.value ?? '';
  const near = toNearest(name, DOCKER_PROGRAMS, 1);
  return {
    kind: 'unknown',
    start: first?.offset ?? 0,
    end: end(words.at(-1) ?? first!),
    title: `Not a docker command: ${name}`,
    meaning:
      near.length && name !== near[0]
        ? `\`${name}\` is not docker; did you mean \`${near[0]}\`?`
        : `\`${name}\` is another program; this page explains docker commands only.`,
    warnings: [],
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
 * @param concepts The concept sections to link (`createConcepts` of concepts.ts).
 * @example explainCommandLine('$ docker run -p 8080:80 nginx', CLI, DECODERS, CONCEPTS).commands[0]?.parts.length // 4
 */
export function explainCommandLine(
  input: string,
  cli: CliIndex,
  decoders: Readonly<Decoders>,
  concepts: Concepts,
): Explanation {
  const { text, notes } = readInput(input);
  const needs = new Set<DecoderName>();
  const use = (name: DecoderName): Decode | undefined => decoders[name] ?? void needs.add(name);
  if (!text.trim()) return { commands: [], notes, needs: [] };
  const { code, kinds } = toShellLines(text);
  const source = code
    .split('\n')
    .map((line, index) => (kinds[index] === 'output' ? '' : line))
    .join('\n');
  const commands: ExplainedCommand[] = [];
  let previousEnd = -1;
  for (const words of toShellCommands(source)) {
    const first = words[0]!;
    const base = first.offset;
    const gaps = words.slice(1).map((word, index) => [end(words[index]!), word.offset] as const);
    const redirections = toRedirections(source, gaps, end(words.at(-1)!));
    const last = Math.max(end(words.at(-1)!), ...redirections.map((redirection) => redirection.end));
    const between = previousEnd < 0 ? '' : source.slice(previousEnd, base);
    // A `2>&1` the shell read is not an `&` between commands.
    const operator =
      /&&|\|\||[|;&]/.exec(between.replace(/#[^\n]*/g, '').replace(/\d*>&\d+|&>/g, ' '))?.[0] ??
      (between.includes('\n') ? '\n' : '');
    const joiner = commands.length === 0 ? '' : (JOINERS[operator] ?? '');
    previousEnd = last;
    for (const word of words) {
      if (word.unclosed)
        notes.push(
          `The ${word.unclosed === '$(' ? '$(' : `${word.unclosed} quote`} at line ${word.line}, column ${word.column} is never closed, so a shell would wait for more. The explanation reads it to the end of the text.`,
        );
    }
    const program = toProgramWords(words);
    const isDocker = (DOCKER_PROGRAMS as readonly string[]).includes(program[0]?.value ?? '');
    const read = isDocker
      ? coverGaps(explainInvocation(words.slice(0, words.length - program.length), program, cli, use, concepts), words)
      : [explainOther(words)];
    const parts = [...read, ...toRedirectionParts(redirections, read)].sort((a, b) => a.start - b.start);
    for (const word of words.filter((item) => PLACEHOLDER.test(item.raw)))
      parts
        .find((part) => part.start <= word.offset && end(word) <= part.end)
        ?.warnings.push(
          `\`${word.raw}\` is a placeholder: put your own value in its place. A shell reads \`<\` as a redirection and fails on it.`,
        );
    commands.push({
      text: source.slice(base, last),
      joiner,
      parts: parts.map((part) => ({ ...part, start: part.start - base, end: part.end - base })),
    });
  }
  if (!commands.some((command) => command.parts.some((part) => part.kind === 'program')))
    notes.push(
      'No docker command here: the explainer reads lines that start with docker (after an optional sudo, VAR=value or $ prompt).',
    );
  return { commands, notes, needs: [...needs] };
}
