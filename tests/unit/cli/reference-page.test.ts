import { describe, expect, it } from 'vitest';
import { parseReferencePage, parseReferenceYaml } from '../../../src/lib/cli/reference-page.ts';

const START = '<!---MARKER_GEN_START-->';
const END = '<!---MARKER_GEN_END-->';
const page = (generated: string[], before: string[] = [], after: string[] = []): string =>
  ['# x', '', ...before, START, ...generated, END, ...after].join('\n');
const TABLE = ['| Name | Type | Default | Description |', '|:--|:--|:--|:--|'];

describe('parseReferencePage', () => {
  it('reads a page with Windows line ends and a Buildx usage block above the generated part', () => {
    const text = page(
      ['Start a build', '', '### Options', '', ...TABLE, '| `--tag` | `stringArray` | | Name |'],
      ['```text', 'docker buildx build [OPTIONS] PATH', '```', ''],
    );
    expect(parseReferencePage(text.replace(/\n/g, '\r\n'))).toEqual({
      summary: 'Start a build',
      aliases: [],
      usage: 'docker buildx build [OPTIONS] PATH',
      flags: [{ name: '--tag', value: 'stringArray', summary: 'Name' }],
    });
  });

  it.each([
    ['a paragraph break', ['Remove  one', 'or more<br>volumes<br>', '', 'More text.'], 'Remove one or more volumes'],
    ['a break made of spaces', ['Remove volumes', '  ', 'More text.'], 'Remove volumes'],
    ['a heading straight after', ['Remove volumes', '### Examples', 'More'], 'Remove volumes'],
  ])('takes the summary from the first paragraph, ending at %s', (_, intro, summary) => {
    expect(parseReferencePage(page(intro)).summary).toBe(summary);
  });

  it('reads aliases only from their own section and rows only from the Options table', () => {
    const text = page([
      'Run `docker x` here',
      '### Aliases ',
      '`docker x`, `docker y`',
      '',
      '### Options',
      '',
      'Rows follow.',
      ...TABLE,
      '| `-q` | `bool` | | No long name |',
      '| `--home` | `string` | `/root/.docker` | Config |',
      '| `--path` | `string` | `/srv/root/x` | Path |',
      '| `--limit` | `int` | `0s` | Two  spaces |',
      '',
      '### Examples',
      '| `--not-a-flag` | | | In another section |',
    ]);
    expect(parseReferencePage(text)).toEqual({
      summary: 'Run `docker x` here',
      aliases: ['docker x', 'docker y'],
      flags: [
        { name: '--home', value: 'string', default: '~/.docker', summary: 'Config' },
        { name: '--path', value: 'string', default: '/srv/root/x', summary: 'Path' },
        { name: '--limit', value: 'int', summary: 'Two spaces' },
      ],
    });
  });

  it('finds no aliases when the section is missing, keeps the last row of the last section, and ignores usage blocks below', () => {
    const text = page(
      ['See `docker x`', '', '### Options', ...TABLE, '| `--last` | | | Last |'],
      [],
      ['', '```text', 'docker x y', '```'],
    );
    expect(parseReferencePage(text)).toEqual({
      summary: 'See `docker x`',
      aliases: [],
      flags: [{ name: '--last', summary: 'Last' }],
    });
  });
});

describe('parseReferenceYaml', () => {
  it.each([
    ['null', null, 'not a YAML mapping'],
    ['a list', [{ command: 'docker x' }], 'not a YAML mapping'],
    ['a string', 'docker x', 'not a YAML mapping'],
    ['no command', { short: 'X' }, 'no "command" field'],
    ['a blank command', { command: '  ' }, 'no "command" field'],
  ])('refuses %s', (_, value, message) => {
    expect(() => parseReferenceYaml(value)).toThrow(new Error(message));
  });

  it('reads a bare file: no aliases, no options, no usage', () => {
    expect(
      parseReferenceYaml({ command: ' docker x ', aliases: ' ', options: 'none', deprecated: 'true', hidden: 1 }),
    ).toEqual({
      path: 'docker x',
      summary: '',
      aliases: [],
      flags: [],
    });
  });

  it('reads flags: names, shorts, shown defaults, deprecation and API versions; leaves out hidden and malformed ones', () => {
    const read = parseReferenceYaml({
      command: 'docker compose up',
      aliases: 'docker compose up, , docker up ',
      short: '  Create  and start ',
      hidden: true,
      deprecated: true,
      options: [
        'not an option',
        { value_type: 'string' },
        { option: 'secret', hidden: true },
        { option: 'no-start', value_type: 'bool', default_value: 'true', description: 'Do not start' },
        { option: 'build', value_type: 'bool', default_value: 'false' },
        {
          option: 'config',
          shorthand: 'c',
          value_type: 'string',
          default_value: '/root/.docker',
          min_api_version: '1.41',
        },
        { option: 'timeout', value_type: 'int', default_value: '0', deprecated: true },
        { option: 'name', value_type: 'string', default_value: ' web ', deprecated: 'yes' },
      ],
    });
    expect(read).toEqual({
      path: 'docker compose up',
      summary: 'Create and start',
      aliases: ['docker compose up', 'docker up'],
      flags: [
        { name: '--no-start', default: 'true', summary: 'Do not start' },
        { name: '--build', summary: '' },
        { name: '--config', short: '-c', value: 'string', default: '~/.docker', summary: '', api: '1.41' },
        { name: '--timeout', value: 'int', summary: '', deprecated: true },
        { name: '--name', value: 'string', default: 'web', summary: '' },
      ],
      deprecated: true,
      hidden: true,
    });
  });
});
