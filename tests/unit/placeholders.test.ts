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
