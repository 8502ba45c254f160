/**
 * Takes screenshots of built pages in light and dark at 390 and 1280 px wide, for looking at
 * what readers see. Needs `npm run preview` running.
 *
 * Usage: npx node scripts/screenshots.ts [out-dir] [path ...]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/node/chromium.ts';

const [outDir = '/tmp/shots', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/', '/volume/'];
const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of pages) {
      // After the network settles, so a page that fetches on load (a `/explain/#cmd=…` link) is drawn.
      await page.goto(base + path, { waitUntil: 'networkidle' });
      // A `#section` link scrolls smoothly, and may start a little after load: wait until the
      // page has held still for ten frames in a row.
      await page.waitForFunction(
        () =>
          new Promise<boolean>((resolve) => {
            let still = 0;
            let y = window.scrollY;
            const tick = (): void => {
              still = window.scrollY === y ? still + 1 : 0;
              y = window.scrollY;
              if (still >= 10) resolve(true);
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }),
      );
      const name = `${path.replace(/\W+/g, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: join(outDir, name), fullPage: process.env['FULL'] === '1' });
      console.log(join(outDir, name));
    }
    await page.close();
  }
}
await browser.close();
