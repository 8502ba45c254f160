import { describe, expect, it } from 'vitest';
import { parseYaml, toYamlText, YamlError } from '../../../src/lib/engine/yaml.ts';

/**
 * The playground's compose.yaml reader: the YAML a compose file uses, read as YAML 1.2 reads it,
 * and everything else refused with its line rather than misread.
 */

const lines = (...rows: string[]): string => rows.join('\n');

describe('parseYaml reads', () => {
  it('mappings, nested by indentation, with plain, double- and single-quoted scalars', () => {
    const source = lines(
      'services:',
      '  web:',
      '    image: nginx:1.30',
      '    command: "say \\"hi\\"\\nthen stop"',
      "    user: 'it''s me'",
      '    empty:',
      '  "quoted:key": 1',
      "  'single': 2",
    );
    expect(parseYaml(source)).toEqual({
      services: {
        web: { image: 'nginx:1.30', command: 'say "hi"\nthen stop', user: "it's me", empty: '' },
        'quoted:key': '1',
        single: '2',
      },
    });
  });

  it('sequences, indented or not, with mappings and blocks inside items', () => {
    const source = lines(
      'ports:',
      '  - "8080:80"',
      '  -',
      '    nested: yes',
      '  - target: 80',
      '    published: 8080',
      '  -',
      'volumes:',
      '- data:/data',
      '- cache:/cache',
    );
    expect(parseYaml(source)).toEqual({
      ports: ['8080:80', { nested: 'yes' }, { target: '80', published: '8080' }, ''],
      volumes: ['data:/data', 'cache:/cache'],
    });
    expect(parseYaml('- a\n- b\n')).toEqual(['a', 'b']);
  });

  it('the flow forms {}, [] and [a, b], trimming each item', () => {
    expect(parseYaml('a: {}\nb: []\nc: [x,  "y" , \'z\']\n')).toEqual({ a: {}, b: [], c: ['x', 'y', 'z'] });
  });

  it('a comma inside a quoted item of a flow sequence as part of the item', () => {
    const source = 'command: ["sh", "-c", "echo a, b", \'x, \'\'y\'\'\', "q\\", r"]';
    expect(parseYaml(source)).toEqual({ command: ['sh', '-c', 'echo a, b', "x, 'y'", 'q", r'] });
  });

  it('comments after a space or on their own line, but not a # inside a word or quotes', () => {
    const source = lines('# top', 'a: x#y # note', 'b: "#not" # note', "c: 'x # y'", '   # indented comment', 'd: 1');
    expect(parseYaml(source)).toEqual({ a: 'x#y', b: '#not', c: 'x # y', d: '1' });
  });

  it('one document, with or without its --- marker, and nothing as an empty mapping', () => {
    expect(parseYaml('---\na: 1\n')).toEqual({ a: '1' });
    expect(parseYaml('')).toEqual({});
    expect(parseYaml('\n  \n# only a comment\n')).toEqual({});
  });

  it('indentation that deepens and comes back', () => {
    const source = lines('a:', '  b:', '    c: 1', '  d: 2', 'e: 3');
    expect(parseYaml(source)).toEqual({ a: { b: { c: '1' }, d: '2' }, e: '3' });
  });
});

describe('parseYaml refuses, naming the line', () => {
  it.each([
    ['a: 1\n\tb: 2', 2, 'tabs cannot indent YAML; use spaces'],
    ['a: 1\n---\nb: 2', 2, 'only one YAML document is read'],
    ['a: &base 1', 1, '"&base 1": anchors, aliases, tags and block scalars are not read by the playground'],
    ['a: *base', 1, '"*base": anchors, aliases, tags and block scalars are not read by the playground'],
    ['a: !!str 1', 1, '"!!str 1": anchors, aliases, tags and block scalars are not read by the playground'],
    ['a: |', 1, '"|": anchors, aliases, tags and block scalars are not read by the playground'],
    ['a: >-', 1, '">-": anchors, aliases, tags and block scalars are not read by the playground'],
    [
      'x: 1\na: { b: 1 }',
      2,
      'flow mappings ({ a: b }) other than {} are not read by the playground; write one key per line',
    ],
    ['a: "open', 1, 'a double-quoted string is not closed'],
    ['a: "', 1, 'a double-quoted string is not closed'],
    ["a: 'open", 1, 'a single-quoted string is not closed'],
    ["a: '", 1, 'a single-quoted string is not closed'],
    ['just some words', 1, '"just some words" is not "key: value"'],
    ['a: 1\nb: 2\na: 3', 3, 'the key "a" appears twice'],
    ['a: 1\n  b: 2', 2, 'unexpected indentation ("b: 2")'],
    ['  a: 1\nb: 2', 2, '"b: 2" is indented less than the lines before it, or mixes lists and keys'],
  ])('%j on line %i: %s', (source, line, message) => {
    let caught: unknown;
    try {
      parseYaml(source);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(YamlError);
    expect([(caught as YamlError).line, (caught as YamlError).message]).toEqual([
      line,
      `compose.yaml line ${line}: ${message}`,
    ]);
  });

  it('cuts a long line to its first 40 characters in the message', () => {
    expect(() => parseYaml(`a: 1\n  ${'b'.repeat(60)}: 2`)).toThrow(
      `compose.yaml line 2: unexpected indentation ("${'b'.repeat(40)}")`,
    );
    expect(() => parseYaml(`a: &${'x'.repeat(30)}`)).toThrow(`"&${'x'.repeat(19)}": anchors`);
  });
});

describe('toYamlText', () => {
  it('gives a string as is, a list joined by commas and a mapping as String() does', () => {
    expect([toYamlText('x'), toYamlText(['a', ['b', 'c']]), toYamlText({ a: 'b' })]).toEqual([
      'x',
      'a,b,c',
      '[object Object]',
    ]);
  });
});
