import { toInvalid, type Decoded } from './decoded.ts';

/** Functions Docker adds to Go templates, besides Go's own (`range`, `if`, `index`, …). */
const FUNCTIONS = ['json', 'join', 'lower', 'upper', 'split', 'title', 'pad', 'truncate', 'println'];

/**
 * Says what a `--format` value prints: `json`, `table`, or a Go template whose `{{.Field}}`
 * actions pick fields of each item.
 * @example decodeFormat('table {{.Names}}\t{{.Status}}').text // 'A table with a header row: the fields .Names, .Status of each item, …'
 */
export function decodeFormat(template: string): Decoded {
  if (template === 'json') return { text: 'Each item as one line of JSON, for scripts and jq.' };
  if (template === 'table') return { text: 'The default table, with a header row.' };
  const actions = [...template.matchAll(/\{\{(.*?)\}\}/gs)].map((match) => match[1] ?? '');
  if (template.split('{{').length !== actions.length + 1 || template.split('}}').length !== actions.length + 1)
    return toInvalid('Every {{ in a Go template needs its }}.');
  if (actions.length === 0)
    return { text: `Prints the text ${template} as it is, once per item: it holds no {{…}} action.` };
  const fields = [...new Set(actions.flatMap((action) => action.match(/(?<![\w)])\.[A-Za-z][\w.]*/g) ?? []))];
  const functions = [...new Set(actions.flatMap((action) => action.match(/\b[a-z]+\b/g) ?? []))].filter((word) =>
    FUNCTIONS.includes(word),
  );
  const shape = template.startsWith('table ') ? 'A table with a header row' : 'A Go template printed once per item';
  const picked = fields.length ? `: the field${fields.length > 1 ? 's' : ''} ${fields.join(', ')}` : '';
  const using = functions.length ? `, through ${functions.join(', ')}` : '';
  const tabs = template.includes('\\t') ? '; \\t is a tab between columns' : '';
  return { text: `${shape}${picked}${using}${tabs}.` };
}
