/**
 * Reads what docker/cli's reference pages leave out from its cobra command definitions
 * (`cli/command/**` and `cmd/docker/*.go`): each command's usage line, the Engine API version a
 * command or flag needs (`Annotations: {"version": "1.31"}`, `SetAnnotation(name, "version", …)`),
 * and the flags that are deprecated (`MarkDeprecated`), which help and the pages hide. Pure and
 * deliberately shallow: it reads gofmt-formatted source with patterns, not a Go parser, so
 * `scripts/cli-data.ts` reports anything it cannot place.
 */

/** One Go source file, its path relative to the checkout. */
export interface GoFile {
  path: string;
  text: string;
}

/** What the source says about one flag of a command. */
export interface CobraFlag {
  /** Short alias with its dash, from a `…P(…)` definition. */
  short?: string;
  /** Value type word from the definition (`string`, `int`, …; `value` for a custom type); absent for a boolean. */
  value?: string;
  /** The lowest Engine API version the flag needs, e.g. `1.41`. */
  api?: string;
  /** The message of `MarkDeprecated`, e.g. `support for docker content trust was removed`. */
  deprecated?: string;
  /** The definition's usage text, when it is a plain string. */
  summary?: string;
}

/** What the source says about one command. */
export interface CobraCommand {
  /** Folder of the Go package that defines it, e.g. `cli/command/container`. */
  dir: string;
  /** The first word of `Use:`, the command's own name: `run`. */
  name: string;
  /** `Use:` up to its first line break: `run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  use: string;
  /** From the command's `Annotations`, e.g. `1.25`. */
  api?: string;
  /** The command's own `Deprecated:` message. */
  deprecated?: string;
  /** Flags by long name without dashes, from the constructor and the package functions it calls. */
  flags: Map<string, CobraFlag>;
}

interface GoFunction {
  name: string;
  dir: string;
  body: string;
}

/** A top-level function: `func name(` or `func (r T) name(`, up to the `}` that gofmt puts in column 1. */
const FUNCTION = /^func (?:\([^)]*\) )?(\w+)[^\n]*\n([\s\S]*?)^\}/gm;
/** `Use:` with a double-quoted or backquoted string. */
const USE = /\bUse:\s*(?:"([^"]*)"|`([^`]*)`)/;
/** A call of a flag-defining method of a pflag FlagSet: `flags.StringVarP(`, `flags.Var(`. */
const FLAG_DEFINITION =
  /\.(Bool|String|StringSlice|StringArray|StringToString|Int|Int32|Int64|Uint|Uint16|Uint32|Uint64|Float64|Duration|)(Var)?(P)?(F)?\(/g;
const SET_VERSION = /\.SetAnnotation\(\s*"([\w-]+)",\s*"version",\s*\[\]string\{\s*"([\d.]+)"/g;
const MARK_DEPRECATED = /\.MarkDeprecated\(\s*"([\w-]+)",\s*"([^"]*)"/g;
const COMMAND_VERSION = /"version":\s*"([\d.]+)"/;
const COMMAND_DEPRECATED = /\bDeprecated:\s*"([^"]*)"/;

/** pflag's method names → the type word its help prints. */
const TYPE_WORDS: Readonly<Record<string, string | undefined>> = {
  Bool: undefined,
  String: 'string',
  StringSlice: 'strings',
  StringArray: 'stringArray',
  StringToString: 'map',
  Int: 'int',
  Int32: 'int32',
  Int64: 'int64',
  Uint: 'uint',
  Uint16: 'uint16',
  Uint32: 'uint32',
  Uint64: 'uint64',
  Float64: 'float64',
  Duration: 'duration',
  '': 'value',
};

function dirOf(path: string): string {
  return path.split('/').slice(0, -1).join('/');
}

function toFunctions(file: GoFile): GoFunction[] {
  const dir = dirOf(file.path);
  // Stryker disable next-line StringLiteral: both groups always take part in a match; '' only satisfies the type
  return [...file.text.matchAll(FUNCTION)].map((match) => ({ name: match[1] ?? '', dir, body: match[2] ?? '' }));
}

/**
 * Splits the arguments of the call whose `(` is at `open` at its top-level commas, skipping
 * strings, runes and nested brackets.
 */
function toArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  // Stryker disable next-line EqualityOperator: text[text.length] is undefined, read as '', which changes nothing
  for (let index = open; index < text.length; index += 1) {
    // Stryker disable next-line StringLiteral: index is inside the text; '' only satisfies the type
    const char = text[index] ?? '';
    if (char === '"' || char === '`' || char === "'") {
      const close = char === '`' ? text.indexOf('`', index + 1) : findQuoteEnd(text, index, char);
      index = close === -1 ? text.length : close;
      continue;
    }
    if ('([{'.includes(char)) depth += 1;
    if (')]}'.includes(char)) {
      depth -= 1;
      if (depth === 0) {
        args.push(text.slice(start, index).trim());
        return args;
      }
    }
    if (char === ',' && depth === 1) {
      args.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  return args;
}

function findQuoteEnd(text: string, open: number, quote: string): number {
  // Stryker disable next-line EqualityOperator: text[text.length] is undefined, which matches neither
  for (let index = open + 1; index < text.length; index += 1) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === quote) return index;
  }
  return -1;
}

/** The value of a Go string literal argument, or undefined when the argument is not one. */
function toLiteral(arg: string | undefined): string | undefined {
  // Stryker disable next-line StringLiteral: no other text matches the pattern either
  return /^"([^"\\]*)"$/.exec(arg ?? '')?.[1];
}

function readFlagDefinitions(body: string, flags: Map<string, CobraFlag>): void {
  for (const match of body.matchAll(FLAG_DEFINITION)) {
    // Stryker disable next-line StringLiteral: both groups always take part in a match; '' only satisfies the type
    const [call = '', base = '', isVar, hasShort] = match;
    if (base === '' && !isVar) continue; // `.P(` or `.F(` is not a flag definition
    const args = toArguments(body, (match.index ?? 0) + call.length - 1);
    // `XxxVar(&target, "name", …)` and `Var(value, "name", …)` take a target first.
    const offset = isVar ? 1 : 0;
    const name = toLiteral(args[offset]);
    if (!name) continue;
    const short = hasShort ? toLiteral(args[offset + 1]) : undefined;
    const value = TYPE_WORDS[base];
    const summary = toLiteral(args.at(-1));
    flags.set(name, {
      ...flags.get(name),
      ...(short ? { short: `-${short}` } : {}),
      ...(value ? { value } : {}),
      ...(summary ? { summary } : {}),
    });
  }
  // Stryker disable next-line StringLiteral: both groups always take part in a match; '' only satisfies the type
  for (const [, name = '', api = ''] of body.matchAll(SET_VERSION)) {
    flags.set(name, { ...flags.get(name), api });
  }
  // Stryker disable next-line StringLiteral: both groups always take part in a match; '' only satisfies the type
  for (const [, name = '', message = ''] of body.matchAll(MARK_DEPRECATED)) {
    flags.set(name, { ...flags.get(name), deprecated: message });
  }
}

/** The package functions a function calls, each once. */
function toCallees(fn: GoFunction, byName: ReadonlyMap<string, GoFunction>): GoFunction[] {
  // Stryker disable next-line StringLiteral: the group always takes part in a match; '' only satisfies the type
  const called = new Set([...fn.body.matchAll(/\b(\w+)\(/g)].map((match) => match[1] ?? ''));
  return [...called].flatMap((name) => {
    const callee = byName.get(name);
    return callee ? [callee] : [];
  });
}

/**
 * Finds every cobra command defined in the source and what its constructor, and the package
 * functions it calls that define no command of their own (`addFlags` in `opts.go`), say about
 * its flags.
 *
 * @param files The Go files of `cli/command/**` and `cmd/docker`, tests excluded.
 */
export function readCobraCommands(files: readonly GoFile[]): CobraCommand[] {
  const functions = files.flatMap(toFunctions);
  const packages = new Map<string, Map<string, GoFunction>>();
  for (const fn of functions) {
    const byName = packages.get(fn.dir) ?? new Map<string, GoFunction>();
    byName.set(fn.name, fn);
    packages.set(fn.dir, byName);
  }
  const defines = (fn: GoFunction): boolean => USE.test(fn.body);
  return functions.filter(defines).map((constructor) => {
    const useMatch = USE.exec(constructor.body);
    // Stryker disable next-line OptionalChaining,StringLiteral: every constructor matched USE (the filter above) and split always gives a first part; the fallbacks only satisfy the types
    const use = (useMatch?.[1] ?? useMatch?.[2] ?? '').split('\n')[0]?.trim() ?? '';
    const byName = packages.get(constructor.dir) ?? new Map<string, GoFunction>();
    // Walk the package functions the constructor reaches, stopping at other commands' constructors
    // (the constructor itself among them).
    const seen = new Set<GoFunction>();
    const queue = [constructor];
    const flags = new Map<string, CobraFlag>();
    for (let fn = queue.shift(); fn; fn = queue.shift()) {
      readFlagDefinitions(fn.body, flags);
      for (const callee of toCallees(fn, byName)) {
        if (seen.has(callee) || defines(callee)) continue;
        seen.add(callee);
        queue.push(callee);
      }
    }
    const api = COMMAND_VERSION.exec(constructor.body)?.[1];
    const deprecated = COMMAND_DEPRECATED.exec(constructor.body)?.[1];
    return {
      dir: constructor.dir,
      // Stryker disable next-line StringLiteral: split always gives a first part; '' only satisfies the type
      name: use.split(' ')[0] ?? '',
      use,
      ...(api ? { api } : {}),
      ...(deprecated ? { deprecated } : {}),
      flags,
    };
  });
}

/**
 * Finds the definition of the command a reference page describes: `docker container run` is
 * `run` in a package folder named `container`; a top-level `docker login` is the `login` whose
 * package is not a command group of its own (`docker registry login` has no page). The source
 * may name the command by one of its aliases (`docker container ls` is `Use: "ps …"`).
 *
 * @param path The command's canonical path.
 * @param aliases Its other paths.
 * @param commands Every command in the source.
 * @param hasPage Whether a reference page exists for a path.
 */
export function findCobraCommand(
  path: string,
  aliases: readonly string[],
  commands: readonly CobraCommand[],
  hasPage: (path: string) => boolean,
): CobraCommand | undefined {
  const words = path.split(' ');
  // Stryker disable next-line StringLiteral: split always gives a last part; '' only satisfies the type
  const name = words.at(-1) ?? '';
  const group = words.at(-2);
  // `docker image ls` is `Use: "images …"` in cli/command/image, renamed at run time.
  const names = new Set([name, ...aliases.map((alias) => alias.split(' ').at(-1))]);
  const named = commands.filter((command) => names.has(command.name));
  const inGroup = named.filter((command) => command.dir.split('/').at(-1) === group);
  if (words.length > 2 || inGroup.length === 1) return inGroup[0];
  const topLevel = named.filter((command) => !hasPage(`docker ${command.dir.split('/').at(-1)} ${name}`));
  return topLevel.length === 1 ? topLevel[0] : undefined;
}
