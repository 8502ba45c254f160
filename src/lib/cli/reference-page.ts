/**
 * Reads the generated part of a CLI reference page into facts: the Markdown pages that
 * docker/cli (`docs/reference/commandline/*.md`) and docker/buildx (`docs/reference/*.md`)
 * generate from their cobra commands, and the YAML files that docker/compose
 * (`docs/reference/*.yaml`) and docker/scout-cli (`docs/*.yaml`) generate with the same tool.
 * Pure: `scripts/cli-data.ts` reads the files.
 */

/** One flag as a reference page lists it. */
export interface ReferenceFlag {
  /** Long name with its dashes, e.g. `--volume`. */
  name: string;
  /** Short alias with its dash, e.g. `-v`. */
  short?: string;
  /** Value type word (`list`, `string`, `int`, …); absent for a boolean flag. */
  value?: string;
  /** The default the page states, as written (`missing`, `0`, `map[]`); absent when none. */
  default?: string;
  /** The page's own description, one line. */
  summary: string;
  /** Marked deprecated (YAML only; Markdown tables leave deprecated flags out). */
  deprecated?: boolean;
  /** The lowest Engine API version the flag needs, e.g. `1.41` (YAML only). */
  api?: string;
}

/** What one reference page says about a command. */
export interface ReferencePage {
  /** The one-line description of the command. */
  summary: string;
  /** Every name of the command, canonical first (empty when the page lists none). */
  aliases: string[];
  /** The usage line, when the page carries one (Buildx Markdown and YAML do; docker/cli's do not). */
  usage?: string;
  flags: ReferenceFlag[];
  /** Marked deprecated (YAML only). */
  deprecated?: boolean;
  /** Hidden from help (YAML only): not a command to document. */
  hidden?: boolean;
  /** The lowest Engine API version the command needs (YAML only). */
  api?: string;
}

const GENERATED = /<!---MARKER_GEN_START-->([\s\S]*?)<!---MARKER_GEN_END-->/;
/** The usage block Buildx writes above the generated part: ```text\ndocker buildx … \n```. */
const USAGE_BLOCK = /^```text\n(docker [^\n]+)\n```/m;
/** A backquoted item in a table cell or an aliases line: `--volume`, `docker run`. */
const CODE_SPAN = /`([^`]+)`/g;

function toCodeSpans(text: string): string[] {
  return [...text.matchAll(CODE_SPAN)].map((match) => match[1] ?? '');
}

/** Splits a table row into its cells, keeping `\|` (an escaped bar) inside a cell. */
function toCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Returns the lines of the `### Heading` section of the generated text (up to the next heading). */
function toSection(generated: string, heading: string): string[] {
  const lines = generated.split('\n');
  const start = lines.findIndex((line) => line.trim() === `### ${heading}`);
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('### '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** Turns a description cell into one line: `<br>` breaks and doubled spaces become single spaces. */
function toOneLine(text: string): string {
  return text.replace(/<br>/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The generator prints a flag's zero value as its default (`0`, `0s`, `false`, `[]`, `map[]`,
 * `<nil>`); that tells a reader nothing (for `--stop-timeout`, 0 means "the daemon's default"),
 * so it is left out.
 */
const ZERO_DEFAULTS: ReadonlySet<string> = new Set(['0', '0s', 'false', '[]', 'map[]', '<nil>']);

function isStatedDefault(value: string | undefined): value is string {
  return value !== undefined && !ZERO_DEFAULTS.has(value);
}

/**
 * The pages are generated as root, so a default under the user's home reads `/root/.docker`;
 * for a reader it is `~/.docker`.
 */
function toReaderDefault(value: string): string {
  return value.replace(/^\/root\//, '~/');
}

function toFlag(cells: readonly string[]): ReferenceFlag | undefined {
  const [names = '', type = '', fallback = '', description = ''] = cells;
  const spans = toCodeSpans(names);
  const name = spans.find((span) => span.startsWith('--'));
  if (!name) return undefined;
  const short = spans.find((span) => /^-[^-]/.test(span));
  const value = toCodeSpans(type)[0];
  const stated = toCodeSpans(fallback)[0];
  return {
    name,
    ...(short ? { short } : {}),
    ...(value && value !== 'bool' ? { value } : {}),
    ...(isStatedDefault(stated) ? { default: toReaderDefault(stated) } : {}),
    summary: toOneLine(description),
  };
}

/**
 * Parses a generated Markdown reference page.
 *
 * @param markdown The whole page.
 * @example
 * parseReferencePage('# volume rm\n\n<!---MARKER_GEN_START-->\nRemove one or more volumes\n\n' +
 *   '### Aliases\n\n`docker volume rm`, `docker volume remove`\n\n### Options\n\n' +
 *   '| Name | Type | Default | Description |\n|:--|:--|:--|:--|\n| `-f`, `--force` | `bool` | | Force |\n' +
 *   '<!---MARKER_GEN_END-->')
 * // { summary: 'Remove one or more volumes', aliases: ['docker volume rm', 'docker volume remove'],
 * //   flags: [{ name: '--force', short: '-f', summary: 'Force' }] }
 */
export function parseReferencePage(markdown: string): ReferencePage {
  const text = markdown.replace(/\r/g, '');
  const generated = GENERATED.exec(text)?.[1];
  if (generated === undefined) throw new Error('no generated part (<!---MARKER_GEN_START--> … <!---MARKER_GEN_END-->)');
  const intro = generated.split(/^### /m)[0] ?? '';
  const summary = toOneLine(intro.trim().split(/\n\s*\n/)[0] ?? '');
  const aliases = toCodeSpans(toSection(generated, 'Aliases').join(' '));
  const flags = toSection(generated, 'Options')
    .filter((line) => line.trim().startsWith('|'))
    .slice(2) // the header row and the |:---| row
    .map((row) => toFlag(toCells(row)))
    .filter((flag) => flag !== undefined);
  const usage = USAGE_BLOCK.exec(text.slice(0, text.indexOf('<!---MARKER_GEN_START-->')))?.[1];
  return { summary, aliases, ...(usage ? { usage } : {}), flags };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(value: Record<string, unknown>, key: string): string | undefined {
  const field = value[key];
  return typeof field === 'string' && field.trim() ? field.trim() : undefined;
}

function toYamlFlag(option: unknown): ReferenceFlag | undefined {
  if (!isRecord(option)) return undefined;
  const name = readString(option, 'option');
  if (!name || option['hidden'] === true) return undefined;
  const short = readString(option, 'shorthand');
  const value = readString(option, 'value_type');
  const stated = readString(option, 'default_value');
  const api = readString(option, 'min_api_version');
  // A boolean's default is its absence; "true" is worth stating (`--no-stdin`-style flags).
  const shown = isStatedDefault(stated) && (value !== 'bool' || stated === 'true');
  return {
    name: `--${name}`,
    ...(short ? { short: `-${short}` } : {}),
    ...(value && value !== 'bool' ? { value } : {}),
    ...(shown && stated ? { default: toReaderDefault(stated) } : {}),
    summary: toOneLine(readString(option, 'description') ?? ''),
    ...(option['deprecated'] === true ? { deprecated: true } : {}),
    ...(api ? { api } : {}),
  };
}

/**
 * Reads one parsed cli-docs-tool YAML file (`docker_compose_up.yaml`): the same facts as a
 * Markdown page, plus usage, deprecation, hidden flags (left out) and API versions.
 *
 * @param value The parsed YAML document.
 * @returns The facts, with `path` the command the file describes (`docker compose up`).
 */
export function parseReferenceYaml(value: unknown): ReferencePage & { path: string } {
  if (!isRecord(value)) throw new Error('not a YAML mapping');
  const path = readString(value, 'command');
  if (!path) throw new Error('no "command" field');
  const aliases = (readString(value, 'aliases') ?? '')
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);
  const options = Array.isArray(value['options']) ? value['options'] : [];
  const usage = readString(value, 'usage');
  const api = readString(value, 'min_api_version');
  return {
    path,
    summary: toOneLine(readString(value, 'short') ?? ''),
    aliases,
    ...(usage ? { usage } : {}),
    flags: options.map(toYamlFlag).filter((flag) => flag !== undefined),
    ...(value['deprecated'] === true ? { deprecated: true } : {}),
    ...(value['hidden'] === true ? { hidden: true } : {}),
    ...(api ? { api } : {}),
  };
}
