import { toCopyLine, toCopyText, type CopyLine } from '../lib/shell/lines.ts';
import { createCopyButton } from './copy-button.ts';

/** Reads the lines of a highlighted block as the copy rule sees them (kind from the build's class). */
function readCopyLines(pre: Element): CopyLine[] {
  return [...pre.querySelectorAll('.line')].map((line) =>
    toCopyLine(line.textContent ?? '', (name) => line.classList.contains(name)),
  );
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
      read: () => toCopyText(readCopyLines(pre)),
    }),
  );
}

document.querySelectorAll<HTMLElement>('figure.dk-code').forEach(addCopyButton);
