import { describe, expect, it } from 'vitest';
import {
  findRedirectPlaceholders,
  hasPlaceholder,
  toPlaceholderParts,
  toPlaceholderWord,
} from '../../src/lib/shell/placeholders.ts';

describe('findRedirectPlaceholders', () => {
  it('finds a <name> inside a word and at its start, with line and column', () => {
    expect(
      findRedirectPlaceholders('docker pull nginx@sha256:<digest>\ndocker swarm join --token <worker-token> m:2377'),
    ).toEqual([
      { text: '<digest>', line: 1, column: 26 },
      { text: '<worker-token>', line: 2, column: 27 },
    ]);
  });

  it('leaves quoted, escaped and commented brackets, redirections and here-documents alone', () => {
    const source = [
      `echo '<a>' "<b>" \\<c\\> # <d>`,
      'sort < names.txt > sorted.txt',
      'cat <<EOF > note.txt',
      '<inside-heredoc>',
      'EOF',
      `echo "it's
<still-quoted>"`,
    ].join('\n');
    expect(findRedirectPlaceholders(source)).toEqual([]);
  });

  it('reads a here-document to its delimiter line, however many lines its body has', () => {
    expect(findRedirectPlaceholders('cat <<EOF\nfirst line\n<data>\nEOF\ndocker rm <container>')).toEqual([
      { text: '<container>', line: 5, column: 11 },
    ]);
  });

  it('takes a # inside a word as text, not as the start of a comment', () => {
    expect(findRedirectPlaceholders('echo issue# <number>')).toEqual([{ text: '<number>', line: 1, column: 13 }]);
  });

  it('finds one again after a here-document ends', () => {
    expect(findRedirectPlaceholders("cat <<'END'\n<data>\nEND\ndocker rm <container>")).toEqual([
      { text: '<container>', line: 4, column: 11 },
    ]);
  });
});

describe('placeholder words', () => {
  it('suggests the UPPER_CASE word for an angle-bracket name', () => {
    expect(toPlaceholderWord('<worker-token>')).toBe('WORKER_TOKEN');
    expect(toPlaceholderWord('<image:tag>')).toBe('IMAGE_TAG');
  });

  it('matches whole words only, so HOST is not found in DOCKER_HOST', () => {
    expect(hasPlaceholder('DOCKER_HOST=ssh://x docker ps', 'HOST')).toBe(false);
    expect(hasPlaceholder('ssh://BUILD_HOST ps', 'BUILD_HOST')).toBe(true);
    expect(toPlaceholderParts('ssh://BUILD_HOST ps', ['BUILD_HOST'])).toEqual([
      { text: 'ssh://', placeholder: false },
      { text: 'BUILD_HOST', placeholder: true },
      { text: ' ps', placeholder: false },
    ]);
  });
});

describe('findRedirectPlaceholders, case by case', () => {
  it.each([
    ['an escaped quote inside double quotes', 'echo "a \\" <in>" <out>', [{ text: '<out>', line: 1, column: 18 }]],
    ['a backslash inside single quotes', "echo 'a \\' <out>", [{ text: '<out>', line: 1, column: 12 }]],
    ['an escaped bracket outside quotes', 'echo \\<no> <yes>', [{ text: '<yes>', line: 1, column: 12 }]],
    ['a # inside a word', 'docker run img#<tag> # <note>', [{ text: '<tag>', line: 1, column: 16 }]],
    ['a comment at the start of a line', '# <note>\ndocker rm <id>', [{ text: '<id>', line: 2, column: 11 }]],
    ['a here-string <<<', 'cat <<<word <x>', [{ text: '<x>', line: 1, column: 13 }]],
    [
      'a dashed here-document ending at an indented delimiter',
      'cat <<-EOF\n\t<body>\n\tEOF\nrm <after>',
      [{ text: '<after>', line: 4, column: 4 }],
    ],
    [
      'a here-document word that only starts the line',
      'cat <<EOF\nEOF2 <body>\nEOF\nrm <after>',
      [{ text: '<after>', line: 4, column: 4 }],
    ],
    [
      'a here-document opened inside an open quote',
      'echo "<<EOF\n" <a>\nEOF <b>',
      [
        { text: '<a>', line: 2, column: 3 },
        { text: '<b>', line: 3, column: 5 },
      ],
    ],
    [
      'two on one line, the second after a redirection',
      'cp <from> <to> 2><err>',
      [
        { text: '<from>', line: 1, column: 4 },
        { text: '<to>', line: 1, column: 11 },
        { text: '<err>', line: 1, column: 18 },
      ],
    ],
    ['a name that does not start with a letter', 'echo <1x> <_y>', []],
    ['a line ending in a backslash', 'echo \\', []],
  ])('%s', (_, source, expected) => {
    expect(findRedirectPlaceholders(source)).toEqual(expected);
  });
});

describe('placeholder words and parts, case by case', () => {
  it.each([
    ['<worker-token>', 'WORKER_TOKEN'],
    ['<<a>>', 'A'],
    ['a<b>c', 'A_B_C'],
    ['<--name-->', 'NAME'],
    ['<a  b>', 'A_B'],
    ['__x__', 'X'],
  ])('%s suggests %s', (text, word) => {
    expect(toPlaceholderWord(text)).toBe(word);
  });

  it.each([
    ['no declared words', 'a TOKEN b', [], [{ text: 'a TOKEN b', placeholder: false }]],
    [
      'a word at both ends',
      'TOKEN and HOST',
      ['TOKEN', 'HOST'],
      [
        { text: 'TOKEN', placeholder: true },
        { text: ' and ', placeholder: false },
        { text: 'HOST', placeholder: true },
      ],
    ],
    [
      'words side by side',
      'TOKEN:HOST',
      ['TOKEN', 'HOST'],
      [
        { text: 'TOKEN', placeholder: true },
        { text: ':', placeholder: false },
        { text: 'HOST', placeholder: true },
      ],
    ],
    ['the whole text', 'TOKEN', ['TOKEN'], [{ text: 'TOKEN', placeholder: true }]],
    ['an empty text', '', ['TOKEN'], []],
  ])('splits %s', (_, text, words, parts) => {
    expect(toPlaceholderParts(text, words)).toEqual(parts);
  });
});
