import type { Decoded } from './decoded.ts';
import type { Say } from './say.ts';

/** Functions Docker adds to Go templates, besides Go's own (`range`, `if`, `index`, …). */
const FUNCTIONS = ['json', 'join', 'lower', 'upper', 'split', 'title', 'pad', 'truncate', 'println'];

/**
 * Says what a `--format` value prints: `json`, `table`, or a Go template whose `{{.Field}}`
 * actions pick fields of each item.
 * @example decodeFormat('table {{.Names}}\t{{.Status}}', '', SAY).text // 'A table with a header row: the fields .Names, .Status of each item, …'
 */
export function decodeFormat(template: string, _commandPath: string, say: Say): Decoded {
  if (template === 'json') return { text: say('format.json') };
  if (template === 'table') return { text: say('format.table') };
  const actions = [...template.matchAll(/\{\{(.*?)\}\}/gs)].map((match) => match[1] ?? '');
  if (template.split('{{').length !== actions.length + 1 || template.split('}}').length !== actions.length + 1)
    return { text: say('format.unclosed'), invalid: true };
  if (actions.length === 0) return { text: say('format.text', template) };
  const fields = [...new Set(actions.flatMap((action) => action.match(/(?<![\w)])\.[A-Za-z][\w.]*/g) ?? []))];
  const functions = [...new Set(actions.flatMap((action) => action.match(/\b[a-z]+\b/g) ?? []))].filter((word) =>
    FUNCTIONS.includes(word),
  );
  const shape = say(template.startsWith('table ') ? 'format.shape.table' : 'format.shape');
  const picked = fields.length ? say(fields.length > 1 ? 'format.fields' : 'format.field', fields.join(', ')) : '';
  const using = functions.length ? say('format.using', functions.join(', ')) : '';
  const tabs = template.includes('\\t') ? say('format.tabs') : '';
  return { text: `${shape}${picked}${using}${tabs}.` };
}
