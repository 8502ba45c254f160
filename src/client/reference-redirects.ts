/**
 * Forwards a visitor who arrives at an anchor of the retired single reference page to the entry's
 * own page: `/reference/#docker-volume-inspect` to `/reference/cli/docker/volume/inspect/`, and
 * `/reference/#docker-container-run--network-alias` to `…/container/run/#network-alias`. The index
 * itself is the map: each command's (and alias's) item keeps the old id and names its page in
 * `data-entry`; a flag's old anchor is its command's, then `--` and the flag's new anchor. Without
 * JavaScript the old command anchors land on the index item, which links to the page.
 */
function forwardToEntry(): void {
  const hash = decodeURIComponent(location.hash.slice(1));
  const split = hash.indexOf('--');
  const [command, flag] = split < 0 ? [hash, ''] : [hash.slice(0, split), hash.slice(split + 2)];
  const entry = command ? document.getElementById(command)?.dataset['entry'] : undefined;
  if (entry) location.replace(new URL(flag ? `${entry}#${flag}` : entry, location.href).href);
}

forwardToEntry();
window.addEventListener('hashchange', forwardToEntry);
