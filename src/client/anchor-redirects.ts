import { toRedirectMap } from '../lib/links/redirect-map.ts';

/**
 * Takes a visitor who arrives at a retired anchor to its new home. The page lists its retired
 * anchors in `<script type="application/json" id="dk-anchor-redirects">` (src/data/redirects.json).
 */
const redirects = toRedirectMap(document.getElementById('dk-anchor-redirects')?.textContent ?? '{}');

function follow(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || document.getElementById(id)) return;
  const target = redirects[id];
  if (!target) return;
  const url = new URL(target, location.href);
  if (url.pathname === location.pathname) {
    history.replaceState(null, '', url.hash);
    document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
  } else {
    location.replace(url.href);
  }
}

if (Object.keys(redirects).length > 0) {
  follow();
  window.addEventListener('hashchange', follow);
}
