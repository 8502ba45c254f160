/**
 * Intents: what a task question asks for, read from the CLI data's one-line meanings. "rename a
 * running container" is what `docker container rename` does ("Give a container a new name"), and
 * "give my container a name" is `--name` ("Name the container, so you can use it instead of the
 * ID"). The query is compared with every meaning by weighted word overlap; the best one counts only
 * when it clearly covers the query. Pure; the vocabulary carries the meanings
 * (src/lib/search/vocabulary.ts).
 */
import { FILLER_WORDS } from './filler.ts';

/**
 * One intent: what it does (the CLI data's meaning), the words it is called by (a command's path
 * and aliases after `docker`, a flag's name), the command's index in the vocabulary, the flag
 * ('' for a command), and the command's canonical path after `docker`.
 */
export type Intent = [meaning: string, names: string, command: number, flag: string, path: string];

/** What toIntent found: the intent, and whether the query says one of its names ("rename"). */
export interface IntentMatch {
  intent: Intent;
  named: boolean;
}

/** Words in many meanings that say nothing about which: "the container's", "e.g.", "new". */
const INTENT_FILLER = new Set([
  'as',
  'e',
  'g',
  'new',
  'them',
  'that',
  'they',
  'than',
  'every',
  'ones',
  'such',
  'so',
  'let',
  'only',
  'via',
]);

/** A word as intents are compared: lower case, possessive and common endings left off. */
export function toIntentWord(word: string): string {
  const bare = word.toLowerCase().replace(/['’]s$/, '');
  const stem = bare.replace(/(?:ing|ed|es|s)$/, '');
  return stem.length >= 3 ? stem : bare;
}

/** The words of a text that can tell one intent from another. */
export function toIntentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z0-9]*(?:['’]s)?/g) ?? [];
  return [
    ...new Set(
      words
        .filter((word) => !FILLER_WORDS.has(word) && !INTENT_FILLER.has(word))
        .map(toIntentWord)
        .filter((word) => !FILLER_WORDS.has(word)),
    ),
  ];
}

/** The least share of the query's weight an intent must cover, and of its own weight. */
const QUERY_SHARE = 0.5;
const INTENT_SHARE = 0.34;
/** How far the best intent must lead the next one to count. */
const MARGIN = 1.15;

/** An intent index, built once per vocabulary: each intent's words, and every word's weight. */
interface IntentIndex {
  words: string[][];
  weight: Map<string, number>;
  /** The weight of a word no intent uses. */
  unknown: number;
}

const indexes = new WeakMap<readonly Intent[], IntentIndex>();

function toIndex(intents: readonly Intent[]): IntentIndex {
  const cached = indexes.get(intents);
  if (cached) return cached;
  const words = intents.map(([meaning, called]) => [...new Set([...toIntentWords(meaning), ...toIntentWords(called)])]);
  const counts = new Map<string, number>();
  for (const list of words) for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  const total = Math.max(intents.length, 1);
  const weight = new Map([...counts].map(([word, count]) => [word, Math.log(1 + total / count)]));
  const index = { words, weight, unknown: Math.log(1 + total) };
  indexes.set(intents, index);
  return index;
}

/** A command word in at most this many intents is distinctive enough that saying it names the command. */
const DISTINCT_IN = 1;

/**
 * The one command whose every path word the query says, when its last word is distinctive
 * ("rename", "history"; not "start" or "ls", which many meanings share): "rename a container I
 * already started" names `docker container rename` whatever else it says. A one-word command
 * (`docker version`) must follow `docker`.
 */
function toNamedCommand(
  intents: readonly Intent[],
  index: IntentIndex,
  asked: ReadonlySet<string>,
  query: string,
): Intent | undefined {
  const distinct = Math.log(1 + Math.max(intents.length, 1) / DISTINCT_IN);
  const named = intents.filter(([, , , flag, path]) => {
    const words = toIntentWords(path);
    const last = words.at(-1);
    // A one-word command is also a plain word ("a newer version"): it is named only after `docker`.
    const said = words.length > 1 || query.includes(`docker ${path}`);
    return (
      !flag &&
      last !== undefined &&
      said &&
      words.every((word) => asked.has(word)) &&
      (index.weight.get(last) ?? 0) >= distinct - 1e-9
    );
  });
  return named.length === 1 ? named[0] : undefined;
}

/** A comparison asks about two things, not one task: "run vs exec", "the difference between …". */
const COMPARISON = /\b(?:vs\.?|versus|difference|differences|between|or)\b/i;

/**
 * The intent a question asks for, or undefined when none clearly does: the intent whose words
 * carry at least half of the query's weight (a word in few meanings weighs more), a third of its
 * own, and score more than the next best. It is named when the query says all of a command's
 * name words ("rename" and "container" for `docker container rename`), never for a flag.
 * @example toIntent('rename a running container', intents)?.intent // the intent of docker container rename
 */
export function toIntent(query: string, intents: readonly Intent[]): IntentMatch | undefined {
  if (COMPARISON.test(query)) return undefined;
  if (intents.length === 0) return undefined;
  const index = toIndex(intents);
  const asked = toIntentWords(query);
  const weigh = (word: string): number => index.weight.get(word) ?? index.unknown;
  const queryWeight = asked.reduce((sum, word) => sum + weigh(word), 0);
  if (queryWeight === 0) return undefined;
  const askedSet = new Set(asked);
  const named = toNamedCommand(intents, index, askedSet, query.toLowerCase());
  if (named) return { intent: named, named: true };
  let best = -1;
  let bestScore = 0;
  let second = 0;
  index.words.forEach((words, at) => {
    const shared = words.filter((word) => askedSet.has(word)).reduce((sum, word) => sum + weigh(word), 0);
    if (shared === 0) return;
    const own = words.reduce((sum, word) => sum + weigh(word), 0);
    if (shared / queryWeight < QUERY_SHARE || shared / own < INTENT_SHARE) return;
    const score = shared / Math.sqrt(queryWeight * own);
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = at;
    } else if (score > second) second = score;
  });
  const intent = intents[best];
  if (!intent || bestScore < second * MARGIN) return undefined;
  return { intent, named: intent[3] === '' && toIntentWords(intent[4]).every((word) => askedSet.has(word)) };
}
