import { createCopyButton } from './copy-button.ts';

/**
 * Adds a "copy link" button to every section heading: it copies the absolute URL of the section
 * (page address plus anchor) and confirms visibly and to screen readers.
 */
function addCopyLink(wrapper: HTMLElement): void {
  const heading = wrapper.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
  if (!heading?.id || wrapper.querySelector('.dk-heading__copy')) return;
  wrapper.append(
    ...createCopyButton({
      className: 'dk-heading__copy',
      text: 'Copy link',
      label: `Copy link to section: ${heading.textContent ?? ''}`,
      copied: 'Link copied to clipboard',
      failedText: 'Copy failed',
      failed: 'Copying failed: use the # link beside the heading',
      read: () => new URL(`#${heading.id}`, `${location.origin}${location.pathname}`).href,
    }),
  );
}

// A heading in a list of entries (a command's flags) keeps its # link only (data-no-copy).
document.querySelectorAll<HTMLElement>('.dk-heading:not([data-no-copy])').forEach(addCopyLink);
