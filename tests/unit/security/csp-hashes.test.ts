import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toPagePolicy } from '../../../src/lib/security/csp-hashes.ts';
import { toSha256Base64 } from '../../../src/node/hash.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** The policy as the build narrows it, with the build's hash. */
const policyOf = (html: string) => toPagePolicy(html, toSha256Base64);
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

describe('toPagePolicy', () => {
  const mine = 'console.log(1)';
  const style = '.a{color:red}';
  const policy = `default-src 'self'; script-src 'self' ${hash(mine)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('.b{}')};`;

  it("keeps the hashes of the page's own inline scripts and styles, and drops the others", () => {
    const result = policyOf(
      page(policy, `<script type="module">${mine}</script><style>${style}</style><script src="/x.js"></script>`),
    );
    expect(result?.policy).toBe(
      `default-src 'self'; script-src 'self' ${hash(mine)}; style-src 'self' ${hash(style)};`,
    );
    expect(result?.from).toBe(policy);
  });

  it('does not count a script the browser does not run, such as JSON data', () => {
    const result = policyOf(page(policy, `<script type="application/json">${mine}</script>`));
    expect(result?.policy).toBe(`default-src 'self'; script-src 'self'; style-src 'self';`);
  });

  it('counts every script type a browser runs, in any case, and reads the policy whatever the case of its name', () => {
    for (const type of ['text/javascript', 'application/javascript', 'MODULE', 'Text/JavaScript']) {
      const html = page(policy, `<script type="${type}">${mine}</script>`).replace(
        'http-equiv="content-security-policy"',
        'http-equiv="Content-Security-Policy"',
      );
      expect(policyOf(html)?.policy, type).toBe(
        `default-src 'self'; script-src 'self' ${hash(mine)}; style-src 'self';`,
      );
    }
  });

  it('hashes the text of the element, not its markup, and reads the first policy of the page', () => {
    const first = `script-src 'self' ${hash(mine)} ${hash('other()')}`;
    const html = page(first, `<script>${mine}</script><meta http-equiv="content-security-policy" content="${policy}">`);
    expect(policyOf(html)).toEqual({ policy: `script-src 'self' ${hash(mine)}`, from: first });
    const other = page(policy, '<meta name="description" content="x"><style>.a{color:red}</style>');
    expect(policyOf(other)?.policy).toBe(`default-src 'self'; script-src 'self'; style-src 'self' ${hash(style)};`);
  });

  it('leaves a page without a CSP, or with nothing to drop, alone', () => {
    expect(policyOf('<!doctype html><html><head></head><body></body></html>')).toBeUndefined();
    expect(policyOf(page(`script-src 'self' ${hash(mine)}`, `<script>${mine}</script>`))).toBeUndefined();
  });
});
