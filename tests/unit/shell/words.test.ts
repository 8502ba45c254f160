import { describe, expect, it } from 'vitest';
import { toProgramWords, toShellCommands } from '../../../src/lib/shell/words.ts';

const values = (source: string): string[][] => toShellCommands(source).map((words) => words.map((word) => word.value));

describe('toShellCommands', () => {
  it('removes quotes and keeps quoted spaces in one word', () => {
    expect(values(`docker run -e 'A=b c' -e "D=e f" img`)).toEqual([
      ['docker', 'run', '-e', 'A=b c', '-e', 'D=e f', 'img'],
    ]);
  });

  it('joins backslash-newline continuations and keeps each word on its own line', () => {
    const [words = []] = toShellCommands('docker run -d \\\n    --name db postgres');
    expect(words.map((word) => [word.value, word.line, word.column])).toEqual([
      ['docker', 1, 1],
      ['run', 1, 8],
      ['-d', 1, 12],
      ['--name', 2, 5],
      ['db', 2, 12],
      ['postgres', 2, 15],
    ]);
  });

  it('splits at pipes, && || ; and newlines', () => {
    expect(values('echo "$T" | docker login -u a --password-stdin && docker ps; ls || true\ndocker info')).toEqual([
      ['echo', '$T'],
      ['docker', 'login', '-u', 'a', '--password-stdin'],
      ['docker', 'ps'],
      ['ls'],
      ['true'],
      ['docker', 'info'],
    ]);
  });

  it('keeps $(…) opaque and in one word', () => {
    const [words = []] = toShellCommands('docker rm $(docker ps -aq) x');
    expect(words.map((word) => [word.value, word.opaque])).toEqual([
      ['docker', false],
      ['rm', false],
      ['$(docker ps -aq)', true],
      ['x', false],
    ]);
  });

  it('drops comments and redirections, but keeps <placeholders> as words', () => {
    expect(values('docker logs web > out.txt 2>&1 # keep\ndocker network connect tools <container>')).toEqual([
      ['docker', 'logs', 'web'],
      ['docker', 'network', 'connect', 'tools', '<container>'],
    ]);
  });

  it('records the offset of each word in the source', () => {
    const [words = []] = toShellCommands('a  "b c"');
    expect(words.map((word) => [word.raw, word.offset])).toEqual([
      ['a', 0],
      ['"b c"', 3],
    ]);
  });
});

describe('toProgramWords', () => {
  it('skips sudo with its options and leading assignments', () => {
    const [words = []] = toShellCommands('sudo -E FOO=1 DOCKER_HOST=ssh://h docker ps');
    expect(toProgramWords(words).map((word) => word.value)).toEqual(['docker', 'ps']);
  });
});

describe('toShellCommands: backslashes in double quotes', () => {
  it('keeps a backslash that escapes nothing, as a shell does (`\\t` in a --format template)', () => {
    expect(values('docker ps --format "{{.Names}}\\t{{.Status}}" "a\\"b" "\\$x"')).toEqual([
      ['docker', 'ps', '--format', '{{.Names}}\\t{{.Status}}', 'a"b', '$x'],
    ]);
  });
});

/** Each word as `value@line:column`, marked `!` when opaque and with its unclosed quote. */
const marked = (source: string): string[][] =>
  toShellCommands(source).map((words) =>
    words.map((w) => `${w.value}@${w.line}:${w.column}${w.opaque ? '!' : ''}${w.unclosed ? ` ${w.unclosed}` : ''}`),
  );

describe('toShellCommands, case by case', () => {
  it.each([
    ['tabs between words', 'a\tb', [['a@1:1', 'b@1:3']]],
    ['a single pipe and a single &', 'a|b&c', [['a@1:1'], ['b@1:3'], ['c@1:5']]],
    ['doubled operators', 'a||b&&c;;d', [['a@1:1'], ['b@1:4'], ['c@1:7'], ['d@1:10']]],
    ['an escaped space and an escaped letter', 'a\\ b \\x', [['a b@1:1', 'x@1:6']]],
    ['a word ending at a continuation', 'a\\\nb', [['a@1:1', 'b@2:1']]],
    ['a trailing backslash', 'a\\', [['a@1:1']]],
    ['a comment after a word', 'a # b c\nd', [['a@1:1'], ['d@2:1']]],
    ['a comment that ends the source', 'a #b', [['a@1:1']]],
    [
      'escapes inside double quotes',
      '"a\\$b" "x\\"y" "c\\\\d" "t\\tz"',
      [['a$b@1:1', 'x"y@1:8', 'c\\d@1:15', 't\\tz@1:22']],
    ],
    ['a variable inside double quotes', '"a$b"', [['a$b@1:1!']]],
    ['variables and backquotes outside quotes', '$HOME `ls` a$', [['$HOME@1:1!', '`ls`@1:7!', 'a$@1:12!']]],
    ['a dollar before something other than (', '$x(y)', [['$x(y)@1:1!']]],
    ['a nested substitution', 'echo $(a (b) c) d', [['echo@1:1', '$(a (b) c)@1:6!', 'd@1:17']]],
    ['an unclosed substitution', 'echo $(a', [['echo@1:1', '$(a@1:6! $(']]],
    ['an unclosed double quote', 'echo "a b', [['echo@1:1', 'a b@1:6 "']]],
    ['a double quote closed at the very end', 'echo "a\\"', [['echo@1:1', 'a"@1:6 "']]],
    ['a quoted newline, then a word on the next line', "'a\nb' c", [['a\nb@1:1', 'c@2:4']]],
    ['two quoted newlines', 'x "a\nb\nc" d', [['x@1:1', 'a\nb\nc@1:3', 'd@3:4']]],
    ['a redirection and its target', 'a > f b 2>&1 c 2>>log d', [['a@1:1', 'b@1:7', 'c@1:14', 'd@1:23']]],
    ['a duplicated descriptor with two digits', 'a 1>&10 b', [['a@1:1', 'b@1:9']]],
  ])('%s', (_, source, expected) => {
    expect(marked(source)).toEqual(expected);
  });

  it('skips a sudo whose options end the command, and an empty command', () => {
    const [words = []] = toShellCommands('sudo -E -H');
    expect(toProgramWords(words)).toEqual([]);
    expect(toProgramWords([])).toEqual([]);
  });
});
