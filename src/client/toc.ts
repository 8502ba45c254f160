/**
 * `<dk-toc>`: marks the section being read with aria-current="true". The current section is
 * the last heading that has scrolled past the top quarter of the viewport.
 */
class TableOfContents extends HTMLElement {
  #links = new Map<Element, HTMLAnchorElement>();
  #onScroll = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#update();
    });
  };
  #frame = 0;

  connectedCallback(): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (target) this.#links.set(target, link);
    }
    if (this.#links.size === 0) return;
    window.addEventListener('scroll', this.#onScroll, { passive: true });
    window.addEventListener('hashchange', this.#onScroll);
    this.#update();
  }

  disconnectedCallback(): void {
    window.removeEventListener('scroll', this.#onScroll);
    window.removeEventListener('hashchange', this.#onScroll);
  }

  #update(): void {
    const line = window.innerHeight * 0.25;
    let current: HTMLAnchorElement | undefined;
    for (const [heading, link] of this.#links) {
      if (heading.getBoundingClientRect().top <= line) current = link;
    }
    // At the very bottom, the last section is the one being read even if its heading is low.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
      current = [...this.#links.values()].at(-1);
    }
    for (const link of this.#links.values()) {
      if (link === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }
}

if (!customElements.get('dk-toc')) customElements.define('dk-toc', TableOfContents);
