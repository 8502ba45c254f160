/** How long a confirmation stays, in ms: long enough to read, short enough to copy again. */
const CONFIRM_MS = 2000;

/** What one copy button says and copies. */
export interface CopyButtonOptions {
  /** Class of the button, for its styles. */
  className: string;
  /** Visible text at rest, e.g. "Copy". */
  text: string;
  /** Accessible name, e.g. "Copy commands". */
  label: string;
  /** Announced to screen readers after a copy, e.g. "Link copied to clipboard". */
  copied: string;
  /** Shown on the button and announced when the clipboard refuses. */
  failedText: string;
  failed: string;
  /** Returns the text to copy, at the moment of the click. */
  read: () => string;
}

/**
 * Returns a button that copies text and confirms visibly ("Copied") and to screen readers (a
 * status region, returned beside it), then returns to rest. Shared by code blocks and headings.
 */
export function createCopyButton(options: Readonly<CopyButtonOptions>): [HTMLButtonElement, HTMLElement] {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = options.className;
  button.textContent = options.text;
  button.setAttribute('aria-label', options.label);
  const status = document.createElement('span');
  status.className = 'dk-visually-hidden';
  status.setAttribute('role', 'status');
  let timer: number | undefined;
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(options.read());
      button.textContent = 'Copied';
      button.dataset['state'] = 'copied';
      status.textContent = options.copied;
    } catch {
      button.textContent = options.failedText;
      button.dataset['state'] = 'failed';
      status.textContent = options.failed;
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      button.textContent = options.text;
      delete button.dataset['state'];
      status.textContent = '';
    }, CONFIRM_MS);
  };
  button.addEventListener('click', () => void copy());
  return [button, status];
}
