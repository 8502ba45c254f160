/**
 * Loads the explainer only when a reader shows intent: focus or a pointer in the explainer, or
 * a `#cmd=` in the address (a shared link, a snippet's Explain action). Until then the page is
 * the pre-rendered example and costs this file only.
 */
const root = document.querySelector('dk-explain');
let loading: Promise<void> | undefined;
// Calling an export rather than keeping the module: the bundler then needs no namespace object,
// and the chunk no runtime helper (a file more on intent).
const load = (): void => {
  loading ??= import('./explain.ts').then((module) => module.defineExplainBox());
};
if (root) {
  if (location.hash.startsWith('#cmd=')) load();
  for (const type of ['focusin', 'pointerover', 'touchstart'] as const)
    root.addEventListener(type, load, { once: true, passive: true });
  window.addEventListener('hashchange', load, { once: true });
}
