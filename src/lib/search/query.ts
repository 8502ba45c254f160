/**
 * Query understanding: turns what a reader typed into what to ask Pagefind. Questions lose their
 * filler words, readers' phrases become the pages' words (synonyms.ts), a pasted Docker error is
 * recognised and stripped of its names and addresses, and a command or a flag is resolved in the
 * CLI data, typos corrected, to the reference entry that goes first. Pure; the browser glue is
 * src/client/pagefind.ts, and docs/search.md describes the whole pipeline.
 */
import { toFlagId } from '../links/anchors.ts';
import { toCanonicalReferenceHref } from '../links/reference-urls.ts';
import { toDockerError } from './docker-errors.ts';
import { FILLER_WORDS } from './filler.ts';
import { toIntent } from './intents.ts';
import { toNearest } from './nearest.ts';
import { SYNONYMS } from './synonyms.ts';
import type { DeclaredSection, SearchVocabulary } from './vocabulary.ts';

export { FILLER_WORDS };

export type QueryKind = 'command' | 'flag' | 'error' | 'text';

/** What to search for a query, and what to put first. */
export interface QueryPlan {
  kind: QueryKind;
  /** The query for Pagefind, which requires every word. */
  terms: string;
  /**
   * The words of `terms`, least informative first: the relaxed search drops them in this order
   * when the strict one finds too little.
   */
  droppable: string[];
  /** The reference entry a command or flag query leads with. */
  reference?: { href: string; title: string };
  /** The section that declares it answers this error or question (an answers fence). */
  declared?: DeclaredSection;
  /** The query with typos in command and flag names corrected, when there were any. */
  corrected?: string;
  /**
   * The reference entry of the command or flag a task question asks for (intents.ts), and the
   * names that show a page explains it: it leads unless the first page found already does.
   */
  intent?: { href: string; title: string; names: string[]; named: boolean };
}

/** Words that make a query starting with `docker` a question about it, not a command. */
const QUESTION_WORDS = new Set([
  'vs',
  'versus',
  'or',
  'how',
  'what',
  'why',
  'when',
  'where',
  'difference',
  'between',
  'is',
  'are',
  'not',
]);

/** How a query starts when it is a command: an optional prompt or sudo, then docker. */
const COMMAND_START = /^\s*(?:\$\s*)?(?:sudo\s+)?(docker(?:-compose)?)\s+(\S.*)$/i;
/** A lone flag, with an optional value: `--network-alias`, `-v`, `--restart=always`. */
const FLAG_QUERY = /^\s*(--?[a-z][a-z0-9-]*)(?:[=\s]\S*)?\s*$/i;
/** Where a pasted message starts saying what went wrong, after who printed it. */
const MESSAGE_PREFIX = /^\s*(?:docker:\s*)?(?:error response from daemon:\s*)?(?:error:\s*)?/i;

/**
 * Returns the words of a Docker error message that say which error it is: who printed it, quoted
 * names, IDs, digests, addresses, ports and numbers removed, and filler words dropped.
 * @example toErrorWords('docker: Error response from daemon: Bind for 0.0.0.0:8080 failed: port is already allocated.') // ['bind', 'failed', 'port', 'already', 'allocated']
 */
export function toErrorWords(message: string): string[] {
  const text = message
    .replace(MESSAGE_PREFIX, '')
    // The CLI's closing hint: "See 'docker run --help'."
    .replace(/\b(?:see|run) ['"]docker [^'"]*--help['"].*$/i, '')
    // The name after "No such container:" is the reader's, not the message's.
    .replace(/\b(no such \w+):\s*\S+/gi, '$1')
    .replace(/["“][^"”]*["”]|'[^']*'|‘[^’]*’/g, ' ')
    .replace(/\bsha256:[0-9a-f]+/gi, ' ')
    .replace(/\b[a-z]+:\/\/\S+/gi, ' ')
    .replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:\/\w+)?/g, ' ')
    .replace(/\[[^\]]*\]|\([^)]*:[^)]*\)/g, ' ')
    .replace(/(?:^|\s)\/\S+/g, ' ')
    .replace(/\b[0-9a-f]{12,64}\b/gi, ' ')
    .replace(/\S*\d\S*/g, ' ');
  const words = (text.toLowerCase().match(/[a-z][a-z_-]*[a-z]|[a-z]/g) ?? []).filter(
    (word) => !FILLER_WORDS.has(word) && word !== 'error',
  );
  return [...new Set(words)];
}

/** True when a text reads like something Docker printed rather than a question. */
function isErrorShaped(query: string): boolean {
  return (
    /^\s*(?:docker:\s*)?(?:error response from daemon|error|err|failed|conflict)\b.*:/i.test(query) ||
    /\bno such \w+:/i.test(query)
  );
}

/** Replaces readers' phrases with the pages' words, whole words only, longest phrase first. */
export function toPagesWords(text: string): string {
  let result = ` ${text.toLowerCase()} `;
  const phrases = [...SYNONYMS].sort((a, b) => b[0].length - a[0].length);
  for (const [phrase, replacement] of phrases) {
    const pattern = new RegExp(`(?<=[\\s,.?!])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s,.?!])`, 'g');
    result = result.replace(pattern, ` ${replacement.toLowerCase()} `);
  }
  return result.trim().replace(/\s+/g, ' ');
}

/** Words on nearly every page of this site: the first a relaxed search gives up. */
const COMMON_WORDS = new Set(['container', 'containers', 'image', 'images', 'run', 'file', 'files', 'command', 'use']);

/** A word's worth for finding the section: the index's own terms and longer words first. Lower is dropped first. */
function toWorth(word: string, vocabulary: ReadonlySet<string>): number {
  // A common word, or one with symbols in it (`onload=x`), is given up first.
  if (COMMON_WORDS.has(word) || /[^a-z0-9.-]/.test(word)) return 0;
  return (vocabulary.has(word) ? 10 : 0) + Math.min(word.length, 9);
}

/** Orders words so the least informative comes first, keeping the reader's order among equals. */
function toDroppable(words: readonly string[], vocabulary: ReadonlySet<string>): string[] {
  return words
    .map((word, index) => ({ word, index, worth: toWorth(word, vocabulary) }))
    .sort((a, b) => a.worth - b.worth || b.index - a.index)
    .map(({ word }) => word);
}

/** The command a command-shaped query names, resolved in the CLI data with typos corrected. */
function toCommandPlan(tool: string, rest: string, vocabulary: Readonly<SearchVocabulary>): QueryPlan {
  const typed = rest.trim().split(/\s+/);
  const words = tool.toLowerCase() === 'docker-compose' ? ['compose', ...typed] : typed;
  const names = new Map<string, number>();
  vocabulary.commands.forEach((paths, index) => paths.forEach((path) => names.set(path, index)));
  // Longest command path that the query's leading words name, each word corrected to a
  // subcommand that exists under the words before it.
  let path = 'docker';
  let index = names.get('docker');
  let used = 0;
  const corrected = [...words];
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? '').toLowerCase();
    if (word.startsWith('-')) break;
    const children = [...names.keys()]
      .filter((name) => name.startsWith(`${path} `) && !name.slice(path.length + 1).includes(' '))
      .map((name) => name.slice(path.length + 1));
    const child = children.includes(word) ? word : toNearest(word, children);
    if (!child) break;
    path = `${path} ${child}`;
    index = names.get(path);
    corrected[i] = child;
    used = i + 1;
  }
  // A command group takes a subcommand, not words: `docker container keeps restarting` is a question.
  const next = words[used];
  const isGroup = [...names.keys()].some((name) => name.startsWith(`${path} `));
  const asks = isGroup && next !== undefined && !next.startsWith('-');
  const canonical = index === undefined || asks ? undefined : vocabulary.commands[index]?.[0];
  const flags = words.slice(used).filter((word) => word.startsWith('-'));
  const flag = canonical && flags.length === 1 ? toFlag(flags[0] ?? '', vocabulary, index) : undefined;
  const fixed = ['docker', ...corrected].join(' ');
  const typedText = ['docker', ...words].join(' ');
  const plan: QueryPlan = {
    kind: 'command',
    terms: fixed,
    droppable: toDroppable(
      corrected.map((word) => word.toLowerCase()),
      new Set(vocabulary.words),
    ),
    ...(fixed.toLowerCase() !== typedText.toLowerCase() ? { corrected: fixed } : {}),
  };
  if (canonical && canonical !== 'docker') {
    plan.reference = {
      href: toCanonicalReferenceHref(canonical, flag),
      title: flag ? `${canonical} ${flag}` : canonical,
    };
  }
  return plan;
}

/** A flag's long name as the CLI data has it, typo corrected; only among one command's flags when given. */
function toFlag(typed: string, vocabulary: Readonly<SearchVocabulary>, command?: number): string | undefined {
  const name = typed.split('=')[0] ?? '';
  const candidates = vocabulary.flags.filter(([, , commands]) => command === undefined || commands.includes(command));
  // Short flags are case-sensitive (`-p` publishes, `-P` publishes all); a short name on several
  // commands means different flags, so the most used command's reading wins (FLAG_HOMES).
  const exact = candidates
    .filter(([long, short]) => long === name.toLowerCase() || short === name)
    .sort((a, b) => toHomeRank(a[2], vocabulary) - toHomeRank(b[2], vocabulary));
  if (exact[0]) return exact[0][0];
  if (!name.startsWith('--')) return undefined;
  return toNearest(
    name,
    candidates.map(([long]) => long),
  );
}

/**
 * The first flag of combined short flags (`-it` is `-i -t`, `-dit` is `-d -i -t`), when every
 * letter is a short flag of one command: `-it` leads to `--interactive`.
 */
function toCombinedFlag(
  typed: string,
  candidates: readonly SearchVocabulary['flags'][number][],
  vocabulary: Readonly<SearchVocabulary>,
): string | undefined {
  const letters = [...typed.slice(1)];
  const commands = [...new Set(candidates.flatMap(([, , on]) => on))].sort(
    (a, b) => toHomeRank([a], vocabulary) - toHomeRank([b], vocabulary),
  );
  for (const command of commands) {
    const longs = letters.map(
      (letter) => candidates.find(([, short, on]) => short === `-${letter}` && on.includes(command))?.[0],
    );
    if (longs.every(Boolean)) return longs[0];
  }
  return undefined;
}

/**
 * Commands a lone flag's reference entry is taken from, most used first: `--rm` leads to
 * `docker container run`, not to the first of the commands that also take it.
 */
const FLAG_HOMES = ['docker container run', 'docker buildx build', 'docker compose up', 'docker container ls'];

/** How high a flag's commands come in FLAG_HOMES: 0 for `docker container run`, more for others. */
function toHomeRank(commands: readonly number[], vocabulary: Readonly<SearchVocabulary>): number {
  const paths = commands.map((index) => vocabulary.commands[index]?.[0] ?? '');
  const rank = FLAG_HOMES.findIndex((home) => paths.includes(home));
  return rank === -1 ? FLAG_HOMES.length : rank;
}

function toFlagPlan(typed: string, vocabulary: Readonly<SearchVocabulary>): QueryPlan {
  // Combined short flags (`-it`) stand for several, so they lead with the first; a command
  // (`docker exec -it`) gets no flag anchor for them, as for any two flags.
  const combined = /^-[a-z]{2,4}$/i.test(typed) ? toCombinedFlag(typed, vocabulary.flags, vocabulary) : undefined;
  const flag = toFlag(typed, vocabulary) ?? combined;
  const entry = vocabulary.flags.find(([long]) => long === flag);
  if (!flag || !entry) return { kind: 'flag', terms: typed, droppable: [] };
  const name = typed.split('=')[0] ?? '';
  const isTypo = flag !== name.toLowerCase() && entry[1] !== name && !combined;
  // Searched as typed (`-v` is in the pages as `-v`), or corrected when it was a typo.
  const plan: QueryPlan = {
    kind: 'flag',
    terms: isTypo ? flag : name,
    droppable: [],
    ...(isTypo ? { corrected: flag } : {}),
  };
  const homes = entry[2].map((index) => vocabulary.commands[index]?.[0] ?? '');
  const home =
    FLAG_HOMES.find((path) => homes.includes(path)) ??
    [...homes].sort((a, b) => a.split(' ').length - b.split(' ').length || a.localeCompare(b))[0];
  if (home) plan.reference = { href: toCanonicalReferenceHref(home, flag), title: `${home} ${flag}` };
  return plan;
}

/** A flag inside a question, as typed: `what does -it mean`, `difference between -p and -P`. */
const FLAG_IN_QUESTION = /(?<=^|[\s("'`])--?[a-z][a-z0-9-]*(?=[=\s)"'`,.?!:]|$)/gi;
/** The command a question names around a flag: `docker logs` in "what does -f do in docker logs". */
const COMMAND_IN_QUESTION = /\b(docker(?:-compose)?)((?:\s+[a-z][a-z-]*){1,3})/i;

/**
 * The reference entry of the first flag a question names, on the command the question names
 * (`docker compose down -v` is `--volumes`), or on the command readers mean (FLAG_HOMES).
 */
function toQuestionFlag(query: string, vocabulary: Readonly<SearchVocabulary>): QueryPlan['reference'] {
  const [typed] = query.match(FLAG_IN_QUESTION) ?? [];
  if (!typed) return undefined;
  const named = COMMAND_IN_QUESTION.exec(query);
  // The command's words run up to the first filler word: "in docker logs when …" names `docker logs`.
  const words = (named?.[2] ?? '').trim().split(/\s+/);
  const end = words.findIndex((word) => FILLER_WORDS.has(word.toLowerCase()));
  const command = (end === -1 ? words : words.slice(0, end)).join(' ');
  const onCommand =
    named && command ? toCommandPlan(named[1] ?? 'docker', `${command} ${typed}`, vocabulary).reference : undefined;
  // A command the question names is where the flag is looked up, its entry's top if it has none such.
  return onCommand ?? toFlagPlan(typed, vocabulary).reference;
}

/** A word as questions are compared: its ending left off, so `used`, `using` and `uses` are one word. */
function toQuestionWord(word: string): string {
  const stem = word.replace(/(?:ing|ed|es|s)$/, '');
  return stem.length >= 2 ? stem : word;
}

/**
 * The telling words of a question or query, as compared: filler words dropped, and the words on
 * nearly every page (COMMON_WORDS) too unless nothing else is left, so "mount a host folder into
 * a container" does not ask "How do I use the host network in a container?" for `host` and
 * `container`.
 */
function toQuestionWords(text: string): Set<string> {
  const words = toNonFillerWords(text);
  const telling = words.filter((word) => !COMMON_WORDS.has(word));
  return new Set((telling.length > 0 ? telling : words).map(toQuestionWord));
}

/** The words of a question or query but its filler words, as typed. */
function toNonFillerWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9]/g) ?? []).filter(
    (word) => !FILLER_WORDS.has(word),
  );
}

/**
 * How well an asked question fits the query, from every word both have but the filler, common
 * ones included: its share of the question's words plus its share of the query's. Telling words
 * decide whether a question is asked; this picks among the asked ones, so "which containers are
 * using a volume" asks "Which containers use a volume?" rather than "How do I see what is inside
 * a volume?", which shares only `see` and `volume` with it.
 */
function toFit(question: string, typed: ReadonlySet<string>): number {
  const wanted = new Set(toNonFillerWords(question).map(toQuestionWord));
  const shared = [...wanted].filter((word) => typed.has(word)).length;
  return shared / Math.max(wanted.size, 1) + shared / Math.max(typed.size, 1);
}

/** A query's words as declared questions are compared with it, read once for all of them. */
interface TypedWords {
  /** Its telling words (toQuestionWords). */
  telling: ReadonlySet<string>;
  /** All its words but the filler, as toFit weighs them. */
  all: ReadonlySet<string>;
  /** Whether it compares two things (COMPARING). */
  compares: boolean;
}

/** The declared question the query asks that fits it best; the first declared among equals. */
function toAskedQuestion<T>(
  questions: readonly (readonly [string, T])[],
  query: string,
): readonly [string, T] | undefined {
  const typed: TypedWords = {
    telling: toQuestionWords(query),
    all: new Set(toNonFillerWords(query).map(toQuestionWord)),
    compares: COMPARING.test(query),
  };
  let best: readonly [string, T] | undefined;
  let bestFit = -1;
  for (const question of questions) {
    if (!isAsked(question[0], typed)) continue;
    const fit = toFit(question[0], typed.all);
    if (fit > bestFit) [best, bestFit] = [question, fit];
  }
  return best;
}

/**
 * A declared question counts as asked when the query has two thirds of its telling words, and
 * they are at least half of the query's: "how do I persist data" asks "How do I persist data in
 * Docker?", "persist" alone or a long query that mentions data does not.
 */
const QUESTION_COVER = 2 / 3;
const QUERY_COVER = 0.5;

/**
 * The two things a declared comparison compares: "the difference between A and B", "A instead
 * of B", "A or B". A query asks it only when it names both: `bind mount` alone does not ask
 * "What is the difference between a volume and a bind mount?".
 */
const COMPARISONS = [
  /\bdifference between (.+) and (.+)$/i,
  /(\S+(?: \S+)?) instead of (.+)$/i,
  /(\S+(?: \S+)?) (?:vs\.?|versus|or) (.+)$/i,
];

/** Words with which a query compares two things. */
const COMPARING = /\b(?:vs\.?|versus|or|difference|differences|between|instead|compared?|better)\b/i;

/**
 * Whether the query names every side of a comparison question, or true when it compares nothing.
 * A query that compares ("tmpfs vs volume") names a side with one of its words; one that does
 * not must say all of them, so "mount an nfs share as a volume" does not ask "What is the
 * difference between a volume and a bind mount?" for `mount`.
 */
function isEachSideNamed(question: string, typed: Readonly<TypedWords>): boolean {
  const text = question.replace(/[?.!]+$/, '');
  const sides =
    COMPARISONS.map((pattern) => pattern.exec(text))
      .find(Boolean)
      ?.slice(1) ?? [];
  return sides.every((side) => {
    const words = [...toQuestionWords(side)];
    return typed.compares
      ? words.some((word) => typed.telling.has(word))
      : words.every((word) => typed.telling.has(word));
  });
}

/** Whether a query asks a declared question, word for word as the reader typed it. */
function isAsked(question: string, typed: Readonly<TypedWords>): boolean {
  const wanted = toQuestionWords(question);
  const shared = [...wanted].filter((word) => typed.telling.has(word)).length;
  return (
    wanted.size > 0 &&
    shared / wanted.size >= QUESTION_COVER - 1e-9 &&
    shared / typed.telling.size >= QUERY_COVER &&
    isEachSideNamed(question, typed)
  );
}

/**
 * Plans the search for a query.
 * @example toQueryPlan('how do I shell into a container', vocabulary).terms // 'exec container'
 */
export function toQueryPlan(query: string, vocabulary: Readonly<SearchVocabulary>): QueryPlan {
  const known = new Set(vocabulary.words);
  const error = toDockerError(query);
  if (error || isErrorShaped(query)) {
    const words = toErrorWords(query);
    if (words.length > 0) {
      const declared = error ? vocabulary.errors[error.id] : undefined;
      return {
        kind: 'error',
        terms: words.join(' '),
        droppable: toDroppable(words, known),
        ...(declared ? { declared } : {}),
      };
    }
  }
  const command = COMMAND_START.exec(query);
  if (command) {
    const plan = toCommandPlan(command[1] ?? 'docker', command[2] ?? '', vocabulary);
    // `docker swarm vs kubernetes`, `docker is slow`: a question that starts with docker.
    const words = (command[2] ?? '').toLowerCase().split(/\s+/);
    const asks = words.some((word) => QUESTION_WORDS.has(word));
    if (!asks && (plan.reference || words[0]?.startsWith('-'))) return plan;
  }
  const flag = FLAG_QUERY.exec(query);
  if (flag) return toFlagPlan(flag[1] ?? '', vocabulary);
  const rewritten = toPagesWords(query);
  const all = rewritten
    .split(/\s+/)
    .map((word) => word.replace(/^[^a-z0-9.$-]+|[^a-z0-9_]+$/gi, ''))
    .filter(Boolean);
  const kept = all.filter((word) => !FILLER_WORDS.has(word));
  const words = [...new Set(kept.length > 0 ? kept : all)];
  const best = toAskedQuestion(vocabulary.questions, query);
  const reference = best ? undefined : toQuestionFlag(query, vocabulary);
  const intent = best || reference ? undefined : toIntentPlan(query, vocabulary);
  return {
    kind: 'text',
    terms: words.join(' '),
    droppable: toDroppable(words, known),
    ...(best ? { declared: best[1] } : {}),
    ...(reference ? { reference } : {}),
    ...(intent ? { intent } : {}),
  };
}

/** The reference entry of the command or flag a question asks for, with the names a page would show it by. */
function toIntentPlan(query: string, vocabulary: Readonly<SearchVocabulary>): QueryPlan['intent'] {
  const found = toIntent(query, vocabulary.intents ?? []);
  const paths = found ? vocabulary.commands[found.intent[2]] : undefined;
  const [path] = paths ?? [];
  if (!found || !paths || !path) return undefined;
  const flag = found.intent[3] || undefined;
  return {
    href: toCanonicalReferenceHref(path, flag),
    title: flag ? `${path} ${flag}` : path,
    names: flag ? [flag] : paths,
    named: found.named,
  };
}

/** Flag ids are the reference's anchors; re-exported for the glue's highlight. */
export { toFlagId };

/**
 * Returns a correction to offer when a search finds nothing: the command or flag with its typo
 * fixed, or each unknown word replaced by the nearest word of the index's headings and the CLI.
 * Undefined when nothing is close.
 * @example toSuggestion('volum inspect', plan, vocabulary) // 'volume inspect'
 */
export function toSuggestion(
  query: string,
  plan: Readonly<QueryPlan>,
  vocabulary: Readonly<SearchVocabulary>,
): string | undefined {
  if (plan.corrected) return plan.corrected;
  if (plan.kind !== 'text') return undefined;
  const known = new Set(vocabulary.words);
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .map((word) => {
      const bare = word.toLowerCase().replace(/[^a-z0-9.-]/g, '');
      if (bare.length < 4 || known.has(bare) || FILLER_WORDS.has(bare)) return word;
      const nearest = toNearest(bare, vocabulary.words);
      if (!nearest) return word;
      changed = true;
      return nearest;
    });
  return changed ? words.join(' ') : undefined;
}

/**
 * Whether a correction changes at least half of the query's telling (non-filler) words. Beside
 * results the relaxed search found, only such a correction is offered: a question with one or two
 * words the pages never use ("chat", "quickly") is not misspelt, and the nearest heading words
 * ("that", "made") would make it worse.
 * @example isMostlyCorrected('contaner lifecylce', 'container lifecycle') // true
 */
export function isMostlyCorrected(query: string, suggestion: string): boolean {
  const before = query.trim().split(/\s+/);
  // toSuggestion writes a correction with single spaces and nothing around it.
  const after = suggestion.split(' ');
  if (before.length !== after.length) return true;
  // For each telling word, whether the correction changed it.
  const changed = before.flatMap((word, at) => (FILLER_WORDS.has(word.toLowerCase()) ? [] : [after[at] !== word]));
  return changed.filter(Boolean).length * 2 >= changed.length;
}
