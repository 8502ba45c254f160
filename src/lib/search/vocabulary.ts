/**
 * The search vocabulary: what query understanding needs beyond Pagefind's index, made at build
 * time (src/pages/search-vocabulary.json.ts) and fetched with Pagefind on first use. Commands and
 * flags come from the CLI data, declared errors and questions from the pages' answers fences,
 * words for "Did you mean" from the pages' headings. Pure.
 */
import type { CliData } from '../cli/data.ts';
import { toPageHref } from '../navigation.ts';
import { scanAnswers, toQuestionKey, type AnswersProblem } from './answers.ts';
import type { Intent } from './intents.ts';

export interface SearchVocabulary {
  /** Each command: its canonical path first, then its aliases (`docker container ls`, `docker ps`, …). */
  commands: string[][];
  /** Each flag: long name, short name ('' when none), and the indexes in `commands` of the commands that take it. */
  flags: [string, string, number[]][];
  /** Declared errors: DockerError id → the section that explains it. */
  errors: Record<string, DeclaredSection>;
  /** Declared questions: [question, the section that answers it]. */
  questions: [string, DeclaredSection][];
  /** Words of the pages' headings, lower case: the index's own terms, for corrections. */
  words: string[];
  /**
   * What commands and the most used command's flags do, in the CLI data's words, with the
   * command's own name words: intents.ts reads task questions from them.
   */
  intents: Intent[];
}

/** A section that declares what it answers, as a search result shows it. */
export interface DeclaredSection {
  /** `/network/#publishing-ports`. */
  href: string;
  /** The section's heading, or the page title for the page top. */
  title: string;
  /** The page's title. */
  page: string;
}

/** One page's source, as the vocabulary reads it. */
export interface VocabularyPage {
  /** The MDX file as a message names it: `content/network.mdx`. */
  file: string;
  /** The content collection's id: `network`, `index`. */
  slug: string;
  /** The frontmatter title. */
  title: string;
  source: string;
}

/** A problem in a page, with its file and line. */
export interface VocabularyProblem extends AnswersProblem {
  file: string;
}

/** Words too short or too common to suggest. */
const MIN_WORD = 4;

/**
 * Builds the vocabulary from the CLI data and the pages, and reports every answers problem,
 * including an error or question declared on two pages (`file:line`, with the first place).
 */
export function toSearchVocabulary(
  cli: Readonly<CliData>,
  pages: readonly VocabularyPage[],
): { vocabulary: SearchVocabulary; problems: VocabularyProblem[] } {
  const commands = cli.commands.map((command) => [command.path, ...command.aliases]);
  const flags = new Map<string, [string, string, number[]]>();
  cli.commands.forEach((command, index) => {
    for (const flag of command.flags) {
      const entry = flags.get(flag.name) ?? [flag.name, flag.short ?? '', []];
      if (!entry[1] && flag.short) entry[1] = flag.short;
      entry[2].push(index);
      flags.set(flag.name, entry);
    }
  });
  const errors: Record<string, DeclaredSection> = {};
  const questions: [string, DeclaredSection][] = [];
  const problems: VocabularyProblem[] = [];
  const firstSeen = new Map<string, string>();
  const words = new Set<string>();
  for (const page of pages) {
    const href = toPageHref(page.slug);
    const scanned = scanAnswers(page.source);
    problems.push(...scanned.problems.map((problem) => ({ ...problem, file: page.file })));
    for (const entry of scanned.declared) {
      const key = entry.kind === 'error' ? `error:${entry.id}` : `question:${toQuestionKey(entry.text)}`;
      const first = firstSeen.get(key);
      if (first) {
        problems.push({
          file: page.file,
          line: entry.line,
          message: `The ${entry.kind} "${entry.text}" is already declared at ${first}: declare it once, in the section that answers it best, and link there`,
        });
        continue;
      }
      firstSeen.set(key, `${page.file}:${entry.line}`);
      const section: DeclaredSection = {
        href: entry.anchor ? `${href}#${entry.anchor}` : href,
        title: entry.heading || page.title,
        page: page.title,
      };
      if (entry.kind === 'error') errors[entry.id] = section;
      else questions.push([entry.text, section]);
    }
    for (const heading of page.source.match(/^#{2,6} .*$/gm) ?? []) {
      for (const word of heading
        .replace(/\{\/\*.*?\*\/\}/g, '')
        .toLowerCase()
        .match(/[a-z][a-z0-9.-]*[a-z0-9]/g) ?? []) {
        if (word.length >= MIN_WORD) words.add(word);
      }
    }
  }
  for (const command of commands) for (const path of command) for (const word of path.split(' ')) words.add(word);
  return {
    vocabulary: {
      commands,
      flags: [...flags.values()],
      errors,
      questions,
      words: [...words].sort(),
      intents: toIntents(cli),
    },
    problems,
  };
}

/** Commands whose flags are intents too: the flags readers ask about are `docker run`'s. */
const FLAG_INTENTS = new Set(['docker container run']);

/**
 * Each command's intent (its meaning and the words of its path and aliases after `docker`, so
 * "rename" finds `docker container rename`), and each FLAG_INTENTS flag's (its meaning and name).
 * Command groups and the root are left out: they do nothing on their own.
 */
function toIntents(cli: Readonly<CliData>): Intent[] {
  const groups = new Set(
    cli.commands.flatMap(({ path }) =>
      path
        .split(' ')
        .slice(0, -1)
        .map((_, at, all) => all.slice(0, at + 1).join(' ')),
    ),
  );
  const intents: Intent[] = [];
  cli.commands.forEach((command, index) => {
    if (groups.has(command.path) || command.status === 'removed') return;
    const names = [...new Set([command.path, ...command.aliases].flatMap((path) => path.split(' ').slice(1)))];
    const path = command.path.split(' ').slice(1).join(' ');
    intents.push([command.meaning, names.join(' '), index, '', path]);
    if (!FLAG_INTENTS.has(command.path)) return;
    for (const flag of command.flags) {
      if (flag.status === 'removed' || flag.name === '--help') continue;
      intents.push([flag.meaning, flag.name.replace(/^--/, '').replace(/-/g, ' '), index, flag.name, path]);
    }
  });
  return intents;
}
