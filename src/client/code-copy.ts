/** How long the "Copied" confirmation stays, in ms: long enough to read, short enough to copy again. */
const CONFIRM_MS = 2000;

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
  const label = isTerminal ? 'Copy commands' : 'Copy code';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'dk-copy';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', label);
  const status = document.createElement('span');
  status.className = 'dk-visually-hidden';
  status.setAttribute('role', 'status');
  let timer: number | undefined;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(toCopyText(pre));
      button.textContent = 'Copied';
      button.dataset['state'] = 'copied';
      status.textContent = isTerminal ? 'Commands copied to clipboard' : 'Code copied to clipboard';
    } catch {
      button.textContent = 'Press Ctrl+C';
      button.dataset['state'] = 'failed';
      status.textContent = 'Copying failed: select the text and copy it';
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      button.textContent = 'Copy';
      delete button.dataset['state'];
      status.textContent = '';
    }, CONFIRM_MS);
  });
  figure.append(button, status);
}

document.querySelectorAll<HTMLElement>('figure.dk-code').forEach(addCopyButton);
