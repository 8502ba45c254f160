import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findCobraCommand,
  readCobraCommands,
  type CobraCommand,
  type GoFile,
} from '../../../src/lib/cli/cobra-source.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/cli-reference');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** A Go file of the container package, in the shape gofmt gives cobra code. */
const go = (text: string, path = 'cli/command/container/x.go'): GoFile => ({ path, text: `package x\n\n${text}` });
/** A constructor whose body holds `lines`. */
const constructor = (name: string, use: string, lines: string[]): string =>
  [
    `func ${name}() *cobra.Command {`,
    `\tcmd := &cobra.Command{Use: ${use}}`,
    ...lines.map((l) => `\t${l}`),
    '\treturn cmd',
    '}',
    '',
  ].join('\n');
const flagsOf = (files: GoFile[]): Record<string, unknown> =>
  Object.fromEntries(readCobraCommands(files)[0]?.flags ?? []);
/** The flags of a command `x` whose constructor holds `lines` after `flags := cmd.Flags()`. */
const flagsDefinedBy = (lines: string[]): Record<string, unknown> =>
  flagsOf([go(constructor('newX', '"x"', ['flags := cmd.Flags()', ...lines]))]);

describe('readCobraCommands', () => {
  it('reads the fixture: usage, API versions, deprecations, and the helper the constructor calls', () => {
    const commands = readCobraCommands([
      { path: 'cli/command/container/stop.go', text: read('stop.go.txt') },
      { path: 'cli/command/container/opts.go', text: read('opts.go.txt') },
    ]);
    expect(commands.map(({ flags, ...rest }) => ({ ...rest, flags: Object.fromEntries(flags) }))).toEqual([
      {
        dir: 'cli/command/container',
        name: 'stop',
        use: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
        api: '1.25',
        flags: {
          signal: { short: '-s', value: 'string', summary: 'Signal to send', api: '1.42' },
          timeout: { value: 'int', summary: 'Seconds to wait' },
          time: { value: 'int', summary: 'Seconds to wait', deprecated: 'use --timeout instead' },
          'kernel-memory': { value: 'value', summary: 'Kernel memory limit', deprecated: 'no longer supported' },
        },
      },
      {
        dir: 'cli/command/container',
        name: 'other',
        use: 'other',
        flags: { other: { summary: "Not stop's", deprecated: "not stop's" } },
      },
    ]);
  });

  it.each([
    ['Bool', undefined],
    ['String', 'string'],
    ['StringSlice', 'strings'],
    ['StringArray', 'stringArray'],
    ['StringToString', 'map'],
    ['Int', 'int'],
    ['Int32', 'int32'],
    ['Int64', 'int64'],
    ['Uint', 'uint'],
    ['Uint16', 'uint16'],
    ['Uint32', 'uint32'],
    ['Uint64', 'uint64'],
    ['Float64', 'float64'],
    ['Duration', 'duration'],
  ])('gives a %s flag the value word help prints (%s)', (method, value) => {
    const files = [go(constructor('newX', '"x"', [`cmd.Flags().${method}VarP(&o.f, "flag", "f", nil, "Help")`]))];
    expect(flagsOf(files)).toEqual({ flag: { short: '-f', ...(value ? { value } : {}), summary: 'Help' } });
  });

  it('reads definitions without a target, with a short alias, and with an F suffix', () => {
    expect(
      flagsDefinedBy([
        'flags.BoolP("quiet", "q", false, "Only IDs")',
        'flags.Int("count", 3, "How many")',
        'flags.VarPF(&o.mode, "mode", "m", "Mode")',
      ]),
    ).toEqual({
      quiet: { short: '-q', summary: 'Only IDs' },
      count: { value: 'int', summary: 'How many' },
      mode: { short: '-m', value: 'value', summary: 'Mode' },
    });
  });

  it('splits arguments at top-level commas only, past strings, raw strings, runes and brackets', () => {
    expect(
      flagsDefinedBy([
        'flags.StringVar(&o.a, "a", "x, y :)", "A, with (commas)")',
        'flags.StringVar(&o.b, "b", `raw, "quoted" :)`, "B help")',
        'flags.Var(newSep(\')\'), "sep", "Sep help")',
        'flags.Var(newList(nil, 2), "list", "List help")',
        'flags.StringVar(&o.c, "c", "say \\"hi :)\\"", "C help")',
        'flags.StringVar(&o.f, "f", "", "Set " + what)',
        'flags.StringVar(&o.g, "g", "", prefix + " help")',
        'flags.StringSliceVar(&o.d, "d", []string{"1", "2"}, fmt.Sprintf("D %s", x))',
        'flags.StringVar(&o.e, flagName, "", "Named by a constant")',
        'x.P("not-a-flag", "n")',
        'x.F("not-a-flag-either")',
      ]),
    ).toEqual({
      a: { value: 'string', summary: 'A, with (commas)' },
      b: { value: 'string', summary: 'B help' },
      sep: { value: 'value', summary: 'Sep help' },
      list: { value: 'value', summary: 'List help' },
      c: { value: 'string', summary: 'C help' },
      d: { value: 'strings' },
      f: { value: 'string' },
      g: { value: 'string' },
    });
  });

  it('takes the first line of a backquoted Use, the command deprecation and version annotation', () => {
    const text = [
      'func newImagesCommand() *cobra.Command {',
      '\tcmd := &cobra.Command{',
      '\t\tUse: `images [OPTIONS] ',
      '  [REPOSITORY[:TAG]]`,',
      '\t\tDeprecated: "use docker image ls",',
      '\t\tAnnotations: map[string]string{"version": "1.40"},',
      '\t}',
      '\treturn cmd',
      '}',
      '',
    ].join('\n');
    expect(readCobraCommands([go(text, 'cli/command/image/list.go')])).toEqual([
      {
        dir: 'cli/command/image',
        name: 'images',
        use: 'images [OPTIONS]',
        api: '1.40',
        deprecated: 'use docker image ls',
        flags: new Map(),
      },
    ]);
  });

  it('follows helpers through methods and other helpers, once each, but not into other packages or commands', () => {
    const container = go(
      [
        constructor('newRunCommand', '"run"', ['addFlags(cmd.Flags())', 'o.install(cmd.Flags())', 'newStartCommand()']),
        'func addFlags(flags *pflag.FlagSet) {',
        '\tflags.Bool("rm", false, "Remove")',
        '\taddMore(flags)',
        '\taddFlags(flags)',
        '}',
        '',
        'func (o *options) install(flags *pflag.FlagSet) {',
        '\taddMore(flags)',
        '}',
        '',
        'func addMore(flags *pflag.FlagSet) {',
        '\tflags.Bool("init", false, "Init")',
        '\tflags.SetAnnotation("init", "version", []string{"1.25"})',
        '}',
        '',
        constructor('newStartCommand', '"start"', ['cmd.Flags().Bool("attach", false, "Attach")']),
      ].join('\n'),
    );
    const other = go(
      'func addMore(flags *pflag.FlagSet) {\n\tflags.Bool("elsewhere", false, "No")\n}\n',
      'cli/command/image/x.go',
    );
    const [run, start] = readCobraCommands([container, other]);
    expect(Object.fromEntries(run?.flags ?? [])).toEqual({
      rm: { summary: 'Remove' },
      init: { summary: 'Init', api: '1.25' },
    });
    expect(Object.fromEntries(start?.flags ?? [])).toEqual({ attach: { summary: 'Attach' } });
  });

  it('stops at an unterminated string or raw string, and at helpers that call each other', () => {
    const unterminated = (arg: string): string[] =>
      Object.keys(flagsOf([go(constructor('newX', '"x"', [`flags.String("x", ${arg}, "X help")`]))]));
    expect(unterminated('"open')).toEqual(['x']);
    expect(unterminated('`open')).toEqual(['x']);
    const loop = go(
      [
        constructor('newX', '"x"', ['ping(cmd.Flags())']),
        'func ping(flags *pflag.FlagSet) {\n\tflags.Bool("ping", false, "Ping")\n\tpong(flags)\n}\n',
        'func pong(flags *pflag.FlagSet) {\n\tflags.Bool("pong", false, "Pong")\n\tping(flags)\n}\n',
      ].join('\n'),
    );
    expect(Object.keys(flagsOf([loop]))).toEqual(['ping', 'pong']);
  });

  it('finds no command in a file without Use:', () => {
    expect(readCobraCommands([go('func helper() {\n\tflags.Bool("x", false, "X")\n}\n')])).toEqual([]);
  });
});

const command = (dir: string, name: string): CobraCommand => ({ dir, name, use: name, flags: new Map() });

describe('findCobraCommand', () => {
  const commands = [
    command('cli/command/container', 'stop'),
    command('cli/command/container', 'ps'),
    command('cli/command/image', 'images'),
    command('cli/command/registry', 'login'),
    command('cli/command/system', 'info'),
    command('cli/command/system', 'version'),
    command('cmd/docker', 'version'),
    command('cli/command/registry', 'logout'),
    command('cli/command/context', 'logout'),
  ];
  const pages = new Set(['docker system info']);
  const hasPage = (path: string): boolean => pages.has(path);

  it.each([
    ['docker container stop', [], 'cli/command/container stop'],
    ['docker container ls', ['docker container ps'], 'cli/command/container ps'],
    ['docker image ls', ['docker images'], 'cli/command/image images'],
    ['docker login', [], 'cli/command/registry login'],
    ['docker volume stop', [], undefined],
    ['docker info', [], undefined],
    ['docker version', [], 'cmd/docker version'],
    ['docker logout', [], undefined],
    ['docker stop', [], 'cli/command/container stop'],
  ])('%s (aliases %j) is %s', (path, aliases, expected) => {
    const found = findCobraCommand(path, aliases, commands, hasPage);
    expect(found && `${found.dir} ${found.name}`).toBe(expected);
  });
});
