import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';

/** A message of a vfile (the `vfile-message` package's class, which vfile does not re-export). */
type VFileMessage = ReturnType<VFile['message']>;

/** Where in its file a problem is: a node's whole position, or one point of it. */
export type ProblemPlace = Position | Point | undefined;

/** The problems a plugin finds in one file, reported together once it has looked at all of it. */
export interface FileProblems {
  /** Records a problem at its place, with the fix in the message; the run goes on. */
  add(message: string, place: ProblemPlace, ruleId: string): void;
  /** Fails the file with every recorded problem, when there is one, sorted by place. */
  failIfAny(): void;
}

/** The file's path from its working folder, as an author types it: `content/image.mdx`. */
function toRelativePath(file: VFile): string {
  const prefix = `${file.cwd.replace(/\/+$/, '')}/`;
  return file.path.startsWith(prefix) ? file.path.slice(prefix.length) : file.path;
}

/** `file:line:column: reason`, with the lines of a long reason indented under it. */
function toProblemLine(path: string, message: VFileMessage): string {
  return `${path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason.replaceAll('\n', '\n  ')}`;
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Collects the problems a plugin finds in a file, so an author who broke three snippets fixes
 * them in one build instead of three. Each problem is a vfile message (with its place, the
 * plugin's name as `source` and a `ruleId`), marked fatal. `failIfAny` then throws once: the
 * problem itself when there is one, exactly as `file.fail` reports it, or, for several, one
 * message at the first place that lists each as `file:line:column: message`, in page order.
 *
 * @example
 * const problems = collectProblems(file, 'remark-check-commands');
 * problems.add('`docker image ls` has no flag `--al`', node.position?.start, 'unknown-flag');
 * problems.failIfAny();
 */
export function collectProblems(file: VFile, source: string): FileProblems {
  const found: VFileMessage[] = [];
  const seen = new Set<string>();
  return {
    add(message, place, ruleId) {
      const recorded = file.message(message, { ...(place ? { place } : {}), source, ruleId });
      recorded.fatal = true;
      // One mistake met twice (a word a rule checks from two sides) is reported once.
      const key = `${recorded.line}:${recorded.column}:${message}`;
      if (!seen.has(key)) found.push(recorded);
      seen.add(key);
    },
    failIfAny() {
      const sorted = found.toSorted(byPlace);
      const [first] = sorted;
      if (!first) return;
      if (sorted.length === 1) throw first;
      const path = toRelativePath(file);
      const list = sorted.map((message) => toProblemLine(path, message)).join('\n');
      file.fail(`${sorted.length} problems in ${path}, in page order:\n${list}`, {
        ...(first.place ? { place: first.place } : {}),
        source,
        ...(first.ruleId ? { ruleId: first.ruleId } : {}),
      });
    },
  };
}
