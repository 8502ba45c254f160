import type { Decoded } from './decoded.ts';
import type { MessageKey } from './messages.ts';
import type { Say } from './say.ts';

/** A `-p` / `--publish` spec, read: `[ip:][hostPort:]containerPort[/protocol]`. */
export interface PortSpec {
  /** Host address to listen on; empty means every interface. */
  hostIp: string;
  /** Host port or range; empty means a port Docker picks. */
  hostPort: string;
  /** Container port or range. */
  containerPort: string;
  protocol: string;
}

const PORT = /^\d{1,5}(?:-\d{1,5})?$/;
const PROTOCOLS = ['tcp', 'udp', 'sctp'];
const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];

function isPortOrRange(value: string): boolean {
  if (!PORT.test(value)) return false;
  const [low = 0, high = low] = value.split('-').map(Number);
  return low >= 1 && high <= 65535 && low <= high;
}

/**
 * Reads a publish spec the way the Docker CLI does, or returns what is wrong with it (a key of
 * messages.ts).
 * @example parsePortSpec('127.0.0.1::80') // { hostIp: '127.0.0.1', hostPort: '', containerPort: '80', protocol: 'tcp' }
 * @example parsePortSpec('[::1]:8080:80/udp') // { hostIp: '::1', hostPort: '8080', containerPort: '80', protocol: 'udp' }
 */
export function parsePortSpec(spec: string): PortSpec | MessageKey {
  const [address = '', protocol = 'tcp', extra] = spec.split('/');
  if (extra !== undefined || !PROTOCOLS.includes(protocol)) return 'port.protocol';
  let hostIp = '';
  let rest = address;
  const bracketed = /^\[([^\]]*)\]:(.*)$/.exec(address);
  if (bracketed) [, hostIp = '', rest = ''] = bracketed;
  const fields = rest.split(':');
  if (fields.length > (bracketed ? 2 : 3)) return 'port.ipv6';
  const containerPort = fields.pop() ?? '';
  const hostPort = fields.pop() ?? '';
  if (!bracketed) hostIp = fields.pop() ?? '';
  if (!isPortOrRange(containerPort)) return 'port.container';
  if (hostPort && !isPortOrRange(hostPort)) return 'port.host';
  return { hostIp, hostPort, containerPort, protocol };
}

/**
 * Says what a publish spec does: which container port, at which host port, on which addresses.
 * Warns when the port is open on every interface.
 * @example decodePublish('8080:80', '', SAY).text // 'Container port 80/tcp is reachable at port 8080 of the host, on every network interface.'
 */
export function decodePublish(spec: string, _commandPath: string, say: Say): Decoded {
  const read = parsePortSpec(spec);
  if (typeof read === 'string') return { text: say('port.bad', say(read)), invalid: true };
  const { hostIp, hostPort, containerPort, protocol } = read;
  const plural = (range: string): string => (range.includes('-') ? 's' : '');
  const at = !hostPort
    ? say('port.random')
    : hostPort.includes('-') && !containerPort.includes('-')
      ? say('port.first', hostPort)
      : say('port.at', plural(hostPort), hostPort);
  const everywhere = !hostIp || hostIp === '0.0.0.0' || hostIp === '::';
  const where = everywhere
    ? say('port.everywhere')
    : LOOPBACK.includes(hostIp)
      ? say('port.loopback', hostIp)
      : say('port.address', hostIp);
  return {
    text: say('port.text', plural(containerPort), containerPort, protocol, at, where),
    concept: '/network/#publishing-ports',
    // The safe form keeps the protocol written: `-p 443:443/udp` becomes `127.0.0.1:443:443/udp`.
    ...(everywhere
      ? { warning: say('port.warn', `${hostPort}:${containerPort}${spec.includes('/') ? `/${protocol}` : ''}`) }
      : {}),
  };
}
