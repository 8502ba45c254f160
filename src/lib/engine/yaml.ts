/**
 * A small YAML reader for compose.yaml in the browser (the `yaml` package would triple the
 * playground's size): block mappings and sequences by indentation, plain and quoted scalars,
 * `#` comments, and the flow forms `{}`, `[]` and `[a, b]`. Anchors, aliases, tags, block
 * scalars and several documents are refused with the line, so nothing is misread silently.
 */
export type Yaml = string | Yaml[] | { [key: string]: Yaml };

/**
 * A YAML value as text, exactly as `String()` gives it: a string as is, a list as its items
 * joined by commas, and a mapping (which has no text form) as `[object Object]`.
 */
export function toYamlText(value: Yaml): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toYamlText).join(',');
  return '[object Object]';
}

export class YamlError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`compose.yaml line ${line}: ${message}`);
    this.line = line;
  }
}

interface Row {
  indent: number;
  text: string;
  line: number;
}

function stripComment(text: string): string {
  let quote = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (index === 0 || /\s/.test(text[index - 1] ?? ''))) return text.slice(0, index);
  }
  return text;
}

/** The items of a flow sequence's inside, split at the commas outside quotes (`"echo a, b"` is one item). */
function toFlowItems(inner: string): string[] {
  const items: string[] = [];
  let quote = '';
  let start = 0;
  for (let index = 0; index < inner.length; index += 1) {
    const char = inner[index];
    if (quote === '"' && char === '\\') index += 1;
    else if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ',') {
      items.push(inner.slice(start, index));
      start = index + 1;
    }
  }
  return [...items, inner.slice(start)];
}

function toScalar(raw: string, line: number): Yaml {
  const text = raw.trim();
  if (/^[&*!|>]/.test(text))
    throw new YamlError(
      `"${text.slice(0, 20)}": anchors, aliases, tags and block scalars are not read by the playground`,
      line,
    );
  if (text === '{}') return {};
  if (text === '[]') return [];
  if (text.startsWith('[') && text.endsWith(']'))
    return toFlowItems(text.slice(1, -1)).map((item) => toScalar(item, line) as string);
  if (text.startsWith('{'))
    throw new YamlError(
      'flow mappings ({ a: b }) other than {} are not read by the playground; write one key per line',
      line,
    );
  if (text.startsWith('"')) {
    if (!text.endsWith('"') || text.length < 2) throw new YamlError('a double-quoted string is not closed', line);
    return text.slice(1, -1).replace(/\\"/g, '"').replace(/\\n/g, '\n');
  }
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new YamlError('a single-quoted string is not closed', line);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  return text;
}

/** Parses YAML text; throws {@link YamlError} with the line. */
export function parseYaml(source: string): Yaml {
  const rows: Row[] = [];
  source.split('\n').forEach((raw, index) => {
    if (raw.includes('\t') && /^\s*\t/.test(raw)) throw new YamlError('tabs cannot indent YAML; use spaces', index + 1);
    const text = stripComment(raw).trimEnd();
    if (text.trim() === '') return;
    if (text.trim() === '---' || text.trim() === '...') {
      if (rows.length > 0) throw new YamlError('only one YAML document is read', index + 1);
      return;
    }
    rows.push({ indent: text.length - text.trimStart().length, text: text.trim(), line: index + 1 });
  });
  let at = 0;
  const block = (indent: number): Yaml => {
    const first = rows[at];
    if (!first) return {};
    if (first.text.startsWith('- ') || first.text === '-') {
      const list: Yaml[] = [];
      while (rows[at] && rows[at]?.indent === indent && (rows[at]?.text.startsWith('- ') || rows[at]?.text === '-')) {
        const row = rows[at]!;
        const rest = row.text.slice(1).trim();
        if (rest === '') {
          at += 1;
          list.push(rows[at] && rows[at]!.indent > indent ? block(rows[at]!.indent) : '');
        } else if (/^[^'"[{][^:]*:(\s|$)/.test(rest)) {
          // "- key: value" starts a mapping inside the list item.
          rows[at] = { indent: indent + 2, text: rest, line: row.line };
          list.push(block(indent + 2));
        } else {
          list.push(toScalar(rest, row.line));
          at += 1;
        }
      }
      return list;
    }
    const map: Record<string, Yaml> = {};
    while (rows[at]?.indent === indent) {
      const row = rows[at]!;
      const match = /^("[^"]*"|'[^']*'|[^:]+?):(?:\s+(.*))?$/.exec(row.text);
      if (!match) throw new YamlError(`"${row.text.slice(0, 40)}" is not "key: value"`, row.line);
      const key = toYamlText(toScalar(match[1] ?? '', row.line));
      if (key in map) throw new YamlError(`the key "${key}" appears twice`, row.line);
      at += 1;
      if (match[2] !== undefined && match[2] !== '') map[key] = toScalar(match[2], row.line);
      else if (rows[at] && rows[at]!.indent > indent) map[key] = block(rows[at]!.indent);
      else if (rows[at]?.indent === indent && rows[at]!.text.startsWith('- ')) map[key] = block(indent);
      else map[key] = '';
    }
    const next = rows[at];
    if (next && next.indent > indent)
      throw new YamlError(`unexpected indentation ("${next.text.slice(0, 40)}")`, next.line);
    return map;
  };
  const value = block(rows[0]?.indent ?? 0);
  const left = rows[at];
  if (left)
    throw new YamlError(
      `"${left.text.slice(0, 40)}" is indented less than the lines before it, or mixes lists and keys`,
      left.line,
    );
  return value;
}
