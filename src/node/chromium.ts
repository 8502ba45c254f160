/**
 * The one place that says which Chromium runs headless here and with which flags: the diagram
 * renderer, Playwright, the screenshots and the benchmarks all launch it from these.
 */

/** The Chromium binary: `CHROMIUM_PATH`, or Debian's package (`apt-get install chromium`). */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags for headless Chromium on a machine without network access and without a user session:
 * no sandbox (containers lack the namespaces it needs), no GPU, and no background requests
 * (QUIC, component updates, sync) that would hang on, or leak to, another origin.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
