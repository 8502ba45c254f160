/**
 * Normalises engine output so a recorded transcript and the simulated engine can be compared:
 * what differs on every run (IDs, digests, addresses, ages, sizes, ping times) becomes a
 * numbered placeholder, numbered in order of first appearance across one transcript. A 12-hex
 * short ID that is the prefix of a full ID gets the full ID's number, so the comparison checks
 * that the short ID is the first 12 characters of the long one.
 */

const HEX64 = /\b[0-9a-f]{64}\b/g;
const HEX12 = /\b[0-9a-f]{12}\b/g;
const IPV4 = /\b(?:172|10)\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g;
const AGE =
  /\b(?:Less than a second|About a minute|About an hour|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))\b/g;
const SIZE = /\b\d+(?:\.\d+)?(?:B|kB|MB|GB)\b/g;
const PING_TIME = /time=\d+(?:\.\d+)? ms/g;
const ROUND_TRIP = /round-trip min\/avg\/max = [\d./]+ ms/g;
const PUSH_SIZE = /size: \d+/g;

/** Placeholder numbering shared by every text of one transcript. */
export type Normaliser = (text: string) => string;

/**
 * Creates a normaliser for one transcript. Call it on texts in transcript order.
 * @param allText Every text of the transcript, so short IDs can be matched to full ones
 *   that appear later.
 */
export function createNormaliser(allText: string): Normaliser {
  const full = [...new Set(allText.match(HEX64) ?? [])];
  const ids = new Map<string, number>();
  const ips = new Map<string, number>();
  const number = (map: Map<string, number>, key: string): number => {
    const known = map.get(key);
    if (known !== undefined) return known;
    map.set(key, map.size + 1);
    return map.size;
  };
  return (text) =>
    text
      .replace(HEX64, (hex) => `<id${number(ids, hex)}>`)
      .replace(HEX12, (hex) => {
        const long = full.find((candidate) => candidate.startsWith(hex));
        return `<id${number(ids, long ?? hex)}:12>`;
      })
      .replace(IPV4, (ip) => `<ip${number(ips, ip)}>`)
      .replace(PING_TIME, 'time=<ms>')
      .replace(ROUND_TRIP, 'round-trip min/avg/max = <ms>')
      .replace(PUSH_SIZE, 'size: <size>')
      .replace(AGE, '<age>')
      .replace(SIZE, '<size>')
      .replace(/[ \t]+$/gm, '');
}

/**
 * Collapses a table's padding so column widths (which depend on the normalised values) do not
 * matter: two or more spaces become exactly three.
 */
export function toColumns(text: string): string {
  return text.replace(/ {2,}/g, '   ');
}

/**
 * Drops IPv6 port bindings (`, [::]:8080->80/tcp`): the recorder binds published ports to
 * 127.0.0.1 only, so whether a transcript shows the IPv6 wildcard depends on the network, not
 * on Docker's defaults. The engine shows them, as Engine 29 does on a dual-stack host.
 */
export function withoutIpv6Ports(text: string): string {
  return text.replace(/,? ?\[::\]:\d+->\d+\/(?:tcp|udp)/g, '');
}
