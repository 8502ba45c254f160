import { createCopyButton } from './copy-button.ts';

/**
 * Returns what a code block's copy button copies: for a shell snippet the commands only (no
 * prompts, which are drawn by CSS, and no output lines), keeping `\` continuations; for any
 * block, no line a diff marks as removed.
 */
export function toCopyText(pre: Element): string {
  const lines = [...pre.querySelectorAll('.line')].filter(
    (line) => !line.classList.contains('dk-out') && !line.classList.contains('remove'),
  );
  return lines
    .map((line) => line.textContent ?? '')
    .join('\n')
    .replace(/\s+$/, '');
}

function addCopyButton(figure: HTMLElement): void {
  const pre = figure.querySelector('pre');
  if (!pre || figure.querySelector('.dk-copy')) return;
  const isTerminal = figure.dataset['kind'] === 'terminal';
  figure.append(
    ...createCopyButton({
      className: 'dk-copy',
      text: 'Copy',
      label: isTerminal ? 'Copy commands' : 'Copy code',
      copied: isTerminal ? 'Commands copied to clipboard' : 'Code copied to clipboard',
      failedText: 'Press Ctrl+C',
      failed: 'Copying failed: select the text and copy it',
      read: () => toCopyText(pre),
    }),
  );
}

document.querySelectorAll<HTMLElement>('figure.dk-code').forEach(addCopyButton);
