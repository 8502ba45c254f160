import { toInvalid, type Decoded } from './decoded.ts';

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
 * Reads a publish spec the way the Docker CLI does, or returns what is wrong with it.
 * @example parsePortSpec('127.0.0.1::80') // { hostIp: '127.0.0.1', hostPort: '', containerPort: '80', protocol: 'tcp' }
 * @example parsePortSpec('[::1]:8080:80/udp') // { hostIp: '::1', hostPort: '8080', containerPort: '80', protocol: 'udp' }
 */
export function parsePortSpec(spec: string): PortSpec | string {
  const [address = '', protocol = 'tcp', extra] = spec.split('/');
  if (extra !== undefined || !PROTOCOLS.includes(protocol)) return `the protocol must be tcp, udp or sctp`;
  let hostIp = '';
  let rest = address;
  const bracketed = /^\[([^\]]*)\]:(.*)$/.exec(address);
  if (bracketed) [, hostIp = '', rest = ''] = bracketed;
  const fields = rest.split(':');
  if (fields.length > (bracketed ? 2 : 3)) return 'write an IPv6 address in brackets: [::1]:8080:80';
  const containerPort = fields.pop() ?? '';
  const hostPort = fields.pop() ?? '';
  if (!bracketed) hostIp = fields.pop() ?? '';
  if (!isPortOrRange(containerPort))
    return `the container port must be a number from 1 to 65535 or a range such as 8000-8010`;
  if (hostPort && !isPortOrRange(hostPort)) return `the host port must be a number from 1 to 65535, a range, or empty`;
  return { hostIp, hostPort, containerPort, protocol };
}

/**
 * Says what a publish spec does: which container port, at which host port, on which addresses.
 * Warns when the port is open on every interface.
 * @example decodePublish('8080:80').text // 'Container port 80/tcp is reachable at port 8080 of the host, on every network interface.'
 */
export function decodePublish(spec: string): Decoded {
  const read = parsePortSpec(spec);
  if (typeof read === 'string')
    return toInvalid(
      `Not a port spec Docker accepts: ${read}. The form is [ip:][host port:]container port[/protocol].`,
    );
  const { hostIp, hostPort, containerPort, protocol } = read;
  const target = `Container port${containerPort.includes('-') ? 's' : ''} ${containerPort}/${protocol}`;
  const at = !hostPort
    ? 'a free port Docker picks on the host (see it with `docker port`)'
    : hostPort.includes('-') && !containerPort.includes('-')
      ? `the first free host port in ${hostPort}`
      : `port${hostPort.includes('-') ? 's' : ''} ${hostPort} of the host`;
  const everywhere = !hostIp || hostIp === '0.0.0.0' || hostIp === '::';
  const where = everywhere
    ? 'on every network interface'
    : LOOPBACK.includes(hostIp)
      ? `on ${hostIp} only, so only this machine can connect`
      : `on the host address ${hostIp} only`;
  return {
    text: `${target} is reachable at ${at}, ${where}.`,
    concept: '/network/#publishing-ports',
    ...(everywhere
      ? {
          warning: `Published on every network interface: any machine that can reach this host can connect, and Docker's firewall rules bypass ufw. Write \`127.0.0.1:${hostPort}:${containerPort}\` to keep it on this machine.`,
        }
      : {}),
  };
}
