import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { FRONTMATTER_FIELDS, frontmatterSchema, toFieldFix } from './frontmatter.ts';
import { toNearest } from '../links/nearest.ts';

/** A problem in a page's frontmatter, at a line of the page. */
export interface FrontmatterProblem {
  line: number;
  column: number;
  message: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?$/m;

/**
 * YAML reports an unclosed quote where the text ends; the author needs the line where the quote
 * opened: the last line before that point with an odd number of unescaped quotes.
 */
function toOpenQuote(
  yaml: string,
  offset: number,
  at: (offset: number) => { line: number; column: number },
): { line: number; column: number } {
  const before = yaml.slice(0, offset).split('\n');
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const line = before[index] ?? '';
    if ((line.replace(/\\./g, '').match(/"/g) ?? []).length % 2 === 1) {
      return { line: index + 2, column: line.indexOf('"') + 1 };
    }
  }
  return at(offset);
}

/**
 * Checks a page's frontmatter against the schema and returns each problem at its line, with the
 * fix: YAML syntax, a missing, wrong or unknown field, a related page that does not exist.
 *
 * @param source The whole MDX file.
 * @param slugs The pages that exist, for `related`.
 * @example checkFrontmatter('---\ntitle: X\n---\n', new Set()) // [{ line: 2, … 'title: …' }, …]
 */
export function checkFrontmatter(source: string, slugs: ReadonlySet<string>): FrontmatterProblem[] {
  const fence = source.startsWith('---') ? FENCE.exec(source) : null;
  if (fence?.index !== 0) {
    return [
      {
        line: 1,
        column: 1,
        message: `the page has no frontmatter: start it with a line "---", the fields (${FRONTMATTER_FIELDS.join(', ')}) and a closing "---"`,
      },
    ];
  }
  const yaml = fence[1] ?? '';
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false });
  // Frontmatter starts on line 2, after the opening ---.
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset);
    return { line: line + 1, column: col };
  };
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      ...(/quote/i.test(error.message) ? toOpenQuote(yaml, error.pos[0], at) : at(error.pos[0])),
      message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}. Check quotes, colons and indentation on this line`,
    }));
  }

  const keyOffset = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyOffset.set(String(pair.key.value), pair.key.range[0]);
    }
  }
  const fieldAt = (field: string): { line: number; column: number } => {
    const offset = keyOffset.get(field);
    return offset === undefined ? { line: 1, column: 1 } : at(offset);
  };

  const problems: FrontmatterProblem[] = [];
  const result = frontmatterSchema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const near = toNearest(key, FRONTMATTER_FIELDS, 1);
          problems.push({
            ...fieldAt(key),
            message: `unknown frontmatter field "${key}": ${near.length > 0 ? `did you mean "${near[0]}"? ` : ''}${toFieldFix(key)}`,
          });
        }
        continue;
      }
      // Stryker disable next-line StringLiteral: a path that is empty is caught just below either way
      const field = String(issue.path[0] ?? '');
      if (issue.path.length === 0) {
        // The frontmatter is empty, a list or a bare value, not fields.
        problems.push({
          ...at(0),
          message: `frontmatter must be fields, one "name: value" a line: ${FRONTMATTER_FIELDS.join(', ')}`,
        });
        continue;
      }
      const missing = !keyOffset.has(field);
      problems.push({
        ...fieldAt(field),
        message: missing
          ? `frontmatter field "${field}" is missing: add ${toFieldFix(field)}`
          : `frontmatter field "${field}": ${issue.message}. Write ${toFieldFix(field)}`,
      });
    }
    return problems;
  }
  result.data.related.forEach((slug) => {
    if (slugs.has(slug)) return;
    const near = toNearest(slug, slugs, 1);
    problems.push({
      ...fieldAt('related'),
      message: `related page "${slug}" does not exist${near.length > 0 ? `: did you mean "${near[0]}"?` : ''}`,
    });
  });
  return problems;
}
