/** How long "Copied" shows, in ms. */
const CONFIRM_MS = 2000;

/**
 * Adds a "copy link" button to every section heading: it copies the absolute URL of the section
 * (page address plus anchor) and confirms visibly and to screen readers.
 */
function addCopyLink(wrapper: HTMLElement): void {
  const heading = wrapper.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
  if (!heading?.id || wrapper.querySelector('.dk-heading__copy')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'dk-heading__copy';
  button.textContent = 'Copy link';
  button.setAttribute('aria-label', `Copy link to section: ${heading.textContent ?? ''}`);
  const status = document.createElement('span');
  status.className = 'dk-visually-hidden';
  status.setAttribute('role', 'status');
  let timer: number | undefined;
  button.addEventListener('click', async () => {
    const url = new URL(`#${heading.id}`, `${location.origin}${location.pathname}`).href;
    try {
      await navigator.clipboard.writeText(url);
      button.textContent = 'Copied';
      button.dataset['state'] = 'copied';
      status.textContent = 'Link copied to clipboard';
    } catch {
      button.textContent = 'Copy failed';
      status.textContent = 'Copying failed: use the # link beside the heading';
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      button.textContent = 'Copy link';
      delete button.dataset['state'];
      status.textContent = '';
    }, CONFIRM_MS);
  });
  wrapper.append(button, status);
}

document.querySelectorAll<HTMLElement>('.dk-heading').forEach(addCopyLink);
