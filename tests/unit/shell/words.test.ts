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
