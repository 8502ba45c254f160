import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
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
  visit(tree, 'code', (node: Code, index, parent) => {
    if (node.lang !== ANSWERS_LANGUAGE || !parent || index === undefined) return;
    // The fence's content starts on the line after its opening line.
    const firstLine = (node.position?.start.line ?? 0) + 1;
    const { declared, problems } = readAnswers(node.value, firstLine);
    const [problem] = problems;
    if (problem) {
      file.fail(problem.message, { place: { line: problem.line, column: 1 }, source: SOURCE, ruleId: 'answers' });
    }
    if (declared.length === 0) {
      file.fail('An answers block declares nothing: add "error:" and "fix:" lines, or "question:" lines', {
        place: node.position?.start,
        source: SOURCE,
        ruleId: 'answers',
      });
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
};
