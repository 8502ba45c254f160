import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { collectProblems } from '../lib/content/file-problems.ts';
import { ANSWERS_LANGUAGE, readAnswers, type DeclaredError, type DeclaredQuestion } from '../lib/search/answers.ts';

const SOURCE = 'remark-answers';

/**
 * Search weight of the block: a section that names the exact error or question ranks above
 * one that merely uses its words. The text is shown to every reader, never hidden.
 */
const SEARCH_WEIGHT = '2';

/** Text with `code` spans, as the fix line is written. */
function toInline(text: string): ElementContent[] {
  return text.split(/(`[^`]+`)/).flatMap((part): ElementContent[] => {
    if (!part) return [];
    return part.startsWith('`') && part.endsWith('`') && part.length > 2
      ? [h('code', part.slice(1, -1))]
      : [{ type: 'text', value: part }];
  });
}

function toErrorList(errors: readonly DeclaredError[]): ElementContent[] {
  if (errors.length === 0) return [];
  return [
    h('p.dk-answers__title', errors.length === 1 ? 'Common error' : 'Common errors'),
    h(
      'dl.dk-answers__errors',
      errors.flatMap((error) => [
        h('dt', { dataError: error.id }, [h('code', error.text)]),
        h('dd', toInline(error.fix)),
      ]),
    ),
  ];
}

function toQuestionList(questions: readonly DeclaredQuestion[]): ElementContent[] {
  if (questions.length === 0) return [];
  return [
    h('p.dk-answers__title', 'This section answers'),
    h(
      'ul.dk-answers__questions',
      questions.map((question) => h('li', question.text)),
    ),
  ];
}

/**
 * Turns an ```` ```answers ```` fence (src/lib/search/answers.ts) into a visible block under its
 * section: the Docker errors it explains, exact, each with its fix, and the questions it answers.
 * A line that is not a real Docker message, an empty question or a duplicate fails the build at
 * its line. Duplicates across pages are refused by the search vocabulary (src/pages/search-vocabulary.json.ts).
 */
export const remarkAnswers: Plugin<[], Root> = () => (tree, file: VFile) => {
  // Every block is read before the build fails, so one build names every mistake of the page.
  const problems = collectProblems(file, SOURCE);
  visit(tree, 'code', (node: Code, index, parent) => {
    if (node.lang !== ANSWERS_LANGUAGE || !parent || index === undefined) return;
    // The fence's content starts on the line after its opening line.
    const firstLine = (node.position?.start.line ?? 0) + 1;
    const { declared, problems: found } = readAnswers(node.value, firstLine);
    for (const problem of found) problems.add(problem.message, { line: problem.line, column: 1 }, 'answers');
    if (declared.length === 0 && found.length === 0) {
      problems.add(
        'An answers block declares nothing: add "error:" and "fix:" lines, or "question:" lines',
        node.position?.start,
        'answers',
      );
    }
    const errors = declared.filter((entry): entry is DeclaredError => entry.kind === 'error');
    const questions = declared.filter((entry): entry is DeclaredQuestion => entry.kind === 'question');
    parent.children[index] = {
      type: 'dkAnswers',
      data: {
        hName: 'div',
        hProperties: { className: ['dk-answers'], dataPagefindWeight: SEARCH_WEIGHT },
        hChildren: [...toErrorList(errors), ...toQuestionList(questions)],
      },
    } as never;
  });
  problems.failIfAny();
};
