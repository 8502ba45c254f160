/**
 * Sections that say what they answer: an ```` ```answers ```` fence lists the Docker error messages
 * a section explains (each with a one-line fix) and the questions it answers. The build shows
 * them to readers as a "Common errors" block and indexes them with weight; search matches a
 * pasted error or a question to the section that declared it. This module reads and checks the
 * fence's text; it is pure, so the remark plugin and the search vocabulary share it.
 *
 * ```answers
 * error: Bind for 0.0.0.0:8080 failed: port is already allocated
 * fix: Another container already publishes host port 8080: pick another host port.
 * question: How do I publish a port on localhost only?
 * ```
 */
import { toAnchorId } from '../links/anchors.ts';
import { toDockerError } from './docker-errors.ts';

/** The fence's language. */
export const ANSWERS_LANGUAGE = 'answers';

/** One declared error, with the fix shown beside it. */
export interface DeclaredError {
  kind: 'error';
  /** The message as Docker prints it. */
  text: string;
  /** The DockerError it is (docker-errors.ts). */
  id: string;
  fix: string;
  /** 1-based line in the page. */
  line: number;
}

/** One declared question. */
export interface DeclaredQuestion {
  kind: 'question';
  text: string;
  line: number;
}

export type Declared = DeclaredError | DeclaredQuestion;

/** What is wrong with a fence, at a line of the page, and how to fix it. */
export interface AnswersProblem {
  line: number;
  message: string;
}

/** A question's text as compared for duplicates: lower case, words only. */
export function toQuestionKey(text: string): string {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' ');
}

/**
 * Reads a fence's lines: `error:` (then its `fix:`) and `question:`. Returns what it declares and
 * every problem found, each at its page line.
 * @param body The fence's content.
 * @param firstLine The page line of the fence's first content line.
 */
export function readAnswers(body: string, firstLine: number): { declared: Declared[]; problems: AnswersProblem[] } {
  const declared: Declared[] = [];
  const problems: AnswersProblem[] = [];
  const seen = new Map<string, number>();
  const lines = body.split('\n');
  let open: Omit<DeclaredError, 'fix'> | undefined;
  // An error line already reported: its fix line is not a second problem.
  let rejected = false;
  const closeError = (line: number): void => {
    if (open)
      problems.push({
        line: open.line,
        message: `The error "${open.text}" has no fix: add a line "fix: …" below it saying what to do, in one sentence`,
      });
    open = undefined;
    void line;
  };
  lines.forEach((raw, index) => {
    const line = firstLine + index;
    const text = raw.trim();
    if (!text) return;
    const match = /^(error|fix|question):\s*(.*)$/.exec(text);
    if (!match) {
      problems.push({
        line,
        message: `"${text}" is not an answers line: start it with "error:", "fix:" or "question:"`,
      });
      return;
    }
    const [, key, value = ''] = match;
    const afterRejected = rejected;
    rejected = false;
    if (key === 'fix') {
      if (!open) {
        if (afterRejected) return;
        problems.push({ line, message: 'A "fix:" line must follow the "error:" line it answers' });
      } else if (value.split(/\s+/).length < 3) {
        problems.push({
          line,
          message: `The fix for "${open.text}" is empty or too short: say what to do, in one sentence`,
        });
        open = undefined;
      } else {
        declared.push({ ...open, fix: value });
        open = undefined;
      }
      return;
    }
    closeError(line);
    if (key === 'error') {
      const problem = toErrorProblem(value);
      if (problem) {
        problems.push({ line, message: problem });
        rejected = true;
        return;
      }
      const id = toDockerError(value)?.id ?? '';
      const first = seen.get(`error:${id}`);
      if (first !== undefined) {
        problems.push({ line, message: `The error "${value}" is declared twice (first at line ${first}): keep one` });
        rejected = true;
        return;
      }
      seen.set(`error:${id}`, line);
      open = { kind: 'error', text: value, id, line };
      return;
    }
    const problem = toQuestionProblem(value);
    if (problem) {
      problems.push({ line, message: problem });
      return;
    }
    const key2 = `question:${toQuestionKey(value)}`;
    const first = seen.get(key2);
    if (first !== undefined) {
      problems.push({ line, message: `The question "${value}" is declared twice (first at line ${first}): keep one` });
      return;
    }
    seen.set(key2, line);
    declared.push({ kind: 'question', text: value, line });
  });
  closeError(firstLine + lines.length);
  return { declared, problems };
}

/** Why a declared error cannot stand, or undefined when it is a message Docker prints. */
function toErrorProblem(text: string): string | undefined {
  if (!text) return 'An "error:" line is empty: paste the message exactly as Docker prints it';
  if (/<[^>]*>/.test(text)) {
    return `The error "${text}" has a <placeholder>: write the message as Docker prints it, with a real name such as web or 0.0.0.0:8080`;
  }
  if (!toDockerError(text)) {
    return `"${text}" is not a message Docker prints: copy it exactly from Docker's output, or add its pattern and source file to src/lib/search/docker-errors.ts`;
  }
  return undefined;
}

/** Why a declared question cannot stand, or undefined. */
function toQuestionProblem(text: string): string | undefined {
  if (!text) return 'A "question:" line is empty: write the question as a reader would ask it, ending with "?"';
  if (!text.endsWith('?') || text.split(/\s+/).length < 3) {
    return `The question "${text}" is not a question: write it as a reader asks it, three words or more, ending with "?"`;
  }
  return undefined;
}

/** A declaration with the section it belongs to. */
export type PlacedDeclaration = Declared & {
  /** The pinned anchor of the heading the fence sits under; '' for the page top. */
  anchor: string;
  /** That heading's text; '' for the page top. */
  heading: string;
};

/**
 * Finds every answers fence in an MDX page's source and what each declares, with the section
 * it sits in (the nearest heading above, by its pinned `{/* #id *\/}` anchor).
 */
export function scanAnswers(source: string): { declared: PlacedDeclaration[]; problems: AnswersProblem[] } {
  const lines = source.split('\n');
  const declared: PlacedDeclaration[] = [];
  const problems: AnswersProblem[] = [];
  let anchor = '';
  let heading = '';
  let fence: { marker: string; start: number; isAnswers: boolean } | undefined;
  lines.forEach((line, index) => {
    if (fence) {
      if (line.trim() === fence.marker) {
        if (fence.isAnswers) {
          const found = readAnswers(lines.slice(fence.start, index).join('\n'), fence.start + 1);
          declared.push(...found.declared.map((entry) => ({ ...entry, anchor, heading })));
          problems.push(...found.problems);
        }
        fence = undefined;
      }
      return;
    }
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      fence = { marker: open[1] ?? '```', start: index + 1, isAnswers: open[2] === ANSWERS_LANGUAGE };
      return;
    }
    const found = /^#{2,6}\s+(.*?)\s*(?:\{\/\*\s*#([\w-]+)\s*\*\/\})?\s*$/.exec(line);
    if (!found) return;
    heading = (found[1] ?? '').replace(/`/g, '');
    // A heading without a pinned anchor gets the one made from its text (remark-heading-ids.ts).
    anchor = found[2] ?? toAnchorId(found[1] ?? '');
  });
  return { declared, problems };
}
