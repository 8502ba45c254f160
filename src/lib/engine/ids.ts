/**
 * Deterministic IDs: a 64-hex-digit ID from the state's seed and a counter, so a replayed list
 * of commands gives the same IDs. The short ID is the first 12 characters, as in Docker.
 */

/** A 32-bit mix of a string (FNV-1a followed by a murmur finaliser). */
function mix(text: string, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Returns the full 64-hex ID for a seed and counter. */
export function toId(seed: string, counter: number): string {
  let hex = '';
  for (let part = 0; part < 8; part += 1) hex += mix(`${seed}:${counter}`, part).toString(16).padStart(8, '0');
  return hex;
}

/** The 12-character short form Docker prints. */
export function toShortId(id: string): string {
  return id.slice(0, 12);
}
