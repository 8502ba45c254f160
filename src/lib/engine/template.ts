/**
 * The Go templates of `docker inspect --format`, for the forms the lessons use. Apart from
 * ./format.ts so that only the inspect module, loaded on first use, carries it.
 */

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

function lookup(value: Json | undefined, path: string): Json | undefined {
  let at: Json | undefined = value;
  for (const key of path.split('.').filter(Boolean)) {
    if (at === null || typeof at !== 'object' || Array.isArray(at)) return undefined;
    at = (at as Record<string, Json>)[key];
  }
  return at;
}

function toText(value: Json | undefined): string {
  if (value === undefined) return '<no value>';
  if (value === null) return '<nil>';
  if (typeof value === 'object') {
    if (Array.isArray(value)) return `[${value.map(toText).join(' ')}]`;
    return `map[${Object.keys(value)
      .sort()
      .map((key) => `${key}:${toText((value as Record<string, Json>)[key])}`)
      .join(' ')}]`;
  }
  return String(value);
}

/**
 * Renders a Go template against a value, for `{{.A.B}}`, `{{json .A}}`, `{{.}}` and
 * `{{range $k, $v := .A}}…{{end}}` / `{{range .A}}…{{end}}`. Anything else returns an error
 * saying what the playground supports.
 */
export function renderTemplate(
  template: string,
  value: Json,
): { ok: true; text: string } | { ok: false; error: string } {
  const unsupported = {
    ok: false as const,
    error: `the playground renders only {{.Field}}, {{json .Field}} and {{range}}…{{end}} in templates, not: ${template}`,
  };
  let text = '';
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    if (open === -1) {
      text += rest;
      break;
    }
    text += rest.slice(0, open);
    const close = rest.indexOf('}}', open);
    if (close === -1) return unsupported;
    const action = rest.slice(open + 2, close).trim();
    rest = rest.slice(close + 2);
    const range = /^range\s+(?:\$(\w+)\s*,\s*\$(\w+)\s*:=\s*)?(\.[\w.]*)$/.exec(action);
    if (range) {
      const end = rest.indexOf('{{end}}');
      if (end === -1) return unsupported;
      const body = rest.slice(0, end);
      rest = rest.slice(end + '{{end}}'.length);
      const items = lookup(value, range[3] ?? '');
      const entries: [string, Json][] =
        items && typeof items === 'object'
          ? Array.isArray(items)
            ? (items as readonly Json[]).map((item, index): [string, Json] => [String(index), item])
            : Object.keys(items)
                .sort()
                .map((key) => [key, (items as Record<string, Json>)[key] ?? null])
          : [];
      for (const [key, item] of entries) {
        const inner = body.replaceAll(`{{$${range[1] ?? 'k'}}}`, key);
        const rendered = renderTemplate(range[2] ? inner.replaceAll(`{{$${range[2]}}}`, toText(item)) : inner, item);
        if (!rendered.ok) return rendered;
        text += rendered.text;
      }
      continue;
    }
    const json = /^json\s+(\.[\w.]*)$/.exec(action);
    if (json) {
      text += JSON.stringify(lookup(value, json[1] ?? '') ?? null);
      continue;
    }
    if (/^\.[\w.]*$/.test(action)) {
      text += toText(action === '.' ? value : lookup(value, action));
      continue;
    }
    return unsupported;
  }
  return { ok: true, text };
}

export type { Json };
