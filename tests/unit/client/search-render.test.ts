// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { toCountText, toMarkedText } from '../../../src/client/search-render.ts';

/** The nodes as a reader gets them: text, and <mark> around the marked words. */
function toHtml(nodes: readonly Node[]): string {
  const box = document.createElement('p');
  box.append(...nodes);
  return box.innerHTML;
}

describe('toMarkedText', () => {
  it('keeps the marks Pagefind puts around the searched words', () => {
    expect(toHtml(toMarkedText('a <mark>named</mark> volume'))).toBe('a <mark>named</mark> volume');
  });

  it('turns any other markup in an excerpt into plain text, so no element reaches the page', () => {
    const nodes = toMarkedText('<img src=x onerror=alert(1)><b>bold</b> <mark><i>x</i></mark>');
    expect(nodes.every((node) => node.nodeType === Node.TEXT_NODE || node.nodeName === 'MARK')).toBe(true);
    expect(toHtml(nodes)).toBe('bold <mark>x</mark>');
  });

  it('keeps escaped characters as text', () => {
    expect(toHtml(toMarkedText('&lt;script&gt; in a snippet'))).toBe('&lt;script&gt; in a snippet');
  });
});

describe('toCountText', () => {
  it('says result in the singular for one', () => {
    expect([0, 1, 5].map(toCountText)).toEqual(['0 results', '1 result', '5 results']);
  });
});
