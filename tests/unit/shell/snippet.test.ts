import { describe, expect, it } from 'vitest';
import { readShellSnippet, toCodeOffset } from '../../../src/lib/shell/snippet.ts';
import { CLI } from '../../../src/node/cli-data.ts';

/** The text at each part's code offset: what a link would cover. */
function linkedTexts(source: string): string[] {
  const snippet = readShellSnippet(source, CLI);
  return snippet.invocations.flatMap((invocation) =>
    invocation.parts.map((part) => snippet.code.slice(part.codeOffset, part.codeOffset + part.length)),
  );
}

describe('readShellSnippet', () => {
  it('reads lines with their kind, prompt width and starts on both sides', () => {
    const snippet = readShellSnippet('$ docker run \\\n  -d nginx\nabc123\n$docker ps', CLI);
    expect(snippet.code).toBe('docker run \\\n  -d nginx\nabc123\ndocker ps');
    expect(snippet.lines).toEqual([
      { kind: 'command', text: 'docker run \\', promptWidth: 2, sourceStart: 0, codeStart: 0 },
      { kind: 'continuation', text: '  -d nginx', promptWidth: 0, sourceStart: 15, codeStart: 13 },
      { kind: 'output', text: 'abc123', promptWidth: 0, sourceStart: 26, codeStart: 24 },
      { kind: 'command', text: 'docker ps', promptWidth: 1, sourceStart: 33, codeStart: 31 },
    ]);
  });

  it('places every command and flag at its text in the prompt-less code', () => {
    expect(linkedTexts('$ docker run \\\n  -d -p 8080:80 nginx\n$ docker volume ls -q')).toEqual([
      'run',
      '-d',
      '-p',
      'volume',
      'ls',
      '-q',
    ]);
  });

  it('places the letters of combined short flags one by one', () => {
    expect(linkedTexts('$ docker run -it --rm ubuntu bash')).toEqual(['run', '-i', 't', '--rm']);
  });

  it('reads neither output lines nor other programs', () => {
    const snippet = readShellSnippet('$ echo docker ps\ndocker volume rm x\n$ sudo docker ps', CLI);
    expect(snippet.invocations).toHaveLength(1);
    expect(snippet.invocations[0]?.words.map((word) => word.value)).toEqual(['docker', 'ps']);
  });

  it('reads every line as a command when the snippet has no prompt', () => {
    expect(linkedTexts('docker ps\ndocker compose up -d')).toEqual(['ps', 'compose', 'up', '-d']);
  });

  it('reports problems at the line and column of the source, prompt included', () => {
    const [problem] =
      readShellSnippet('$ docker ps\n$ docker run --netwrk host nginx', CLI).invocations[1]?.problems ?? [];
    expect(problem?.ruleId).toBe('unknown-flag');
    expect([problem?.word.line, problem?.word.column]).toEqual([2, 14]);
  });

  it('reads docker-compose, the Compose v1 binary, as a program', () => {
    expect(readShellSnippet('$ docker-compose up', CLI).invocations[0]?.problems[0]?.ruleId).toBe('removed');
  });
});

describe('toCodeOffset', () => {
  it('refuses a word on a line the snippet does not have', () => {
    const { lines } = readShellSnippet('$ docker ps', CLI);
    const word = { value: 'x', raw: 'x', line: 3, column: 1, offset: 0, opaque: false };
    expect(() => toCodeOffset(lines, word)).toThrow('toCodeOffset: the snippet has no line 3');
  });
});
