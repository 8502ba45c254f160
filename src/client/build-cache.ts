/**
 * <dk-build-cache>: the build-cache playground. The page works without JavaScript (a lesson
 * built twice, pre-rendered); this element loads the playground's code on intent — the first
 * focus, pointer or touch inside it — so readers who only read pay nothing.
 */
class BuildCache extends HTMLElement {
  connectedCallback(): void {
    let loading: Promise<void> | undefined;
    const load = (): void => {
      loading ??= import('./build-cache-app.ts').then(({ startBuildCache }) => startBuildCache(this));
    };
    for (const type of ['focusin', 'pointerenter', 'touchstart'] as const)
      this.addEventListener(type, load, { once: true, passive: true });
  }
}

customElements.define('dk-build-cache', BuildCache);
