import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toPagePolicy } from '../../../src/lib/security/csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

describe('toPagePolicy', () => {
  const mine = 'console.log(1)';
  const style = '.a{color:red}';
  const policy = `default-src 'self'; script-src 'self' ${hash(mine)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('.b{}')};`;

  it("keeps the hashes of the page's own inline scripts and styles, and drops the others", () => {
    const result = toPagePolicy(
      page(policy, `<script type="module">${mine}</script><style>${style}</style><script src="/x.js"></script>`),
    );
    expect(result?.policy).toBe(
      `default-src 'self'; script-src 'self' ${hash(mine)}; style-src 'self' ${hash(style)};`,
    );
    expect(result?.from).toBe(policy);
  });

  it('does not count a script the browser does not run, such as JSON data', () => {
    const result = toPagePolicy(page(policy, `<script type="application/json">${mine}</script>`));
    expect(result?.policy).toBe(`default-src 'self'; script-src 'self'; style-src 'self';`);
  });

  it('leaves a page without a CSP, or with nothing to drop, alone', () => {
    expect(toPagePolicy('<!doctype html><html><head></head><body></body></html>')).toBeUndefined();
    expect(toPagePolicy(page(`script-src 'self' ${hash(mine)}`, `<script>${mine}</script>`))).toBeUndefined();
  });
});
