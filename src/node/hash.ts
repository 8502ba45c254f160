import { createHash } from 'node:crypto';

/**
 * Returns the SHA-256 of a text's UTF-8 bytes in hex: the hash the pure modules of src/lib take
 * as a parameter (a diagram's colour names), so they need no `node:crypto` of their own.
 * @example toSha256Hex('a') // 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'
 */
export function toSha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Returns the SHA-256 of a text's UTF-8 bytes in base64, as a Content-Security-Policy hash source
 * writes it after `sha256-`.
 * @example toSha256Base64('a') // 'ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='
 */
export function toSha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}
