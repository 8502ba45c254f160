import { describe, expect, it } from 'vitest';
import {
  isShellLanguage,
  toCheckedShell,
  toCopyLine,
  toCopyText,
  readShellLines,
  toShellEntries,
  toShellLines,
} from '../../../src/lib/shell/lines.ts';

describe('toShellLines', () => {
  it('strips prompts and marks output', () => {
    expect(toShellLines('$ docker volume create db\ndb')).toEqual({
      code: 'docker volume create db\ndb',
      kinds: ['command', 'output'],
    });
  });

  it('keeps backslash continuations as part of the command', () => {
    expect(toShellLines('$ docker run \\\n  -d nginx\nabc123').kinds).toEqual(['command', 'continuation', 'output']);
  });

  it('treats every line as a command when there is no prompt', () => {
    expect(toShellLines('docker ps\ndocker ps -a').kinds).toEqual(['command', 'command']);
  });

  it('accepts a bare $ prompt and an output line that ends in a backslash', () => {
    expect(toShellLines('$docker ps\nC:\\\n$ docker info')).toEqual({
      code: 'docker ps\nC:\\\ndocker info',
      kinds: ['command', 'output', 'command'],
    });
  });
});

describe('toCheckedShell', () => {
  it('keeps every command character at its column and blanks prompts and output', () => {
    expect(toCheckedShell(readShellLines('$ docker ps\nCONTAINER ID\n$docker info').lines)).toBe(
      '  docker ps\n            \n docker info',
    );
  });
});

describe('isShellLanguage', () => {
  it('knows the terminal languages and nothing else', () => {
    expect(['sh', 'bash', 'shell', 'console', 'zsh', 'shellsession'].every(isShellLanguage)).toBe(true);
    expect(isShellLanguage('yaml')).toBe(false);
    expect(isShellLanguage('')).toBe(false);
  });
});

describe('toCopyText', () => {
  it('copies commands and continuations, never output lines', () => {
    expect(
      toCopyText([
        { text: 'docker run \\', kind: 'command' },
        { text: '  -d nginx', kind: 'continuation' },
        { text: '0f3a9c', kind: 'output' },
        { text: 'docker ps', kind: 'command' },
      ]),
    ).toBe('docker run \\\n  -d nginx\ndocker ps');
  });

  it('leaves out the lines a diff removes, in any code', () => {
    expect(
      toCopyText([
        { text: 'services:' },
        { text: '  image: nginx:1.29', removed: true },
        { text: '  image: nginx:1.30' },
      ]),
    ).toBe('services:\n  image: nginx:1.30');
  });

  it('drops trailing blank lines and spaces', () => {
    expect(
      toCopyText([
        { text: 'docker ps  ', kind: 'command' },
        { text: '', kind: 'command' },
      ]),
    ).toBe('docker ps');
  });
});

describe('toCopyLine', () => {
  const withClasses =
    (...classes: string[]) =>
    (name: string): boolean =>
      classes.includes(name);

  it('reads each kind back from the class the build gave the line', () => {
    expect(toCopyLine('docker ps', withClasses('line', 'dk-cmd'))).toEqual({
      text: 'docker ps',
      kind: 'command',
      removed: false,
    });
    expect(toCopyLine('  -d', withClasses('line', 'dk-cont')).kind).toBe('continuation');
    expect(toCopyLine('db', withClasses('line', 'dk-out')).kind).toBe('output');
    expect(toCopyLine('FROM nginx', withClasses('line')).kind).toBeUndefined();
  });

  it("marks a line Shiki's diff notation removed, so copying leaves it out", () => {
    const lines = [
      toCopyLine('docker compose up', withClasses('line', 'dk-cmd', 'add')),
      toCopyLine('docker-compose up', withClasses('line', 'dk-cmd', 'remove')),
    ];
    expect(lines.map((line) => line.removed)).toEqual([false, true]);
    expect(toCopyText(lines)).toBe('docker compose up');
  });
});

describe('toShellEntries', () => {
  it('groups each command with its continuation lines and the output under it', () => {
    const { lines } = readShellLines('$ docker run -d \\\n  --name web redis\nf3c1\n$ docker ps -q\nf3c1\n\n');
    expect(toShellEntries(lines)).toEqual([
      { at: 1, text: 'docker run -d \\\n  --name web redis', output: [{ text: 'f3c1', at: 3 }] },
      {
        at: 4,
        text: 'docker ps -q',
        output: [
          { text: 'f3c1', at: 5 },
          { text: '', at: 6 },
          { text: '', at: 7 },
        ],
      },
    ]);
  });

  it('leaves out output shown before the first command', () => {
    expect(toShellEntries(readShellLines('Starting\n$ docker ps').lines)).toEqual([
      { at: 2, text: 'docker ps', output: [] },
    ]);
  });

  it('reads every line of a prompt-less snippet as a command of its own', () => {
    expect(toShellEntries(readShellLines('docker ps\ndocker images').lines).map((entry) => entry.text)).toEqual([
      'docker ps',
      'docker images',
    ]);
  });
});
