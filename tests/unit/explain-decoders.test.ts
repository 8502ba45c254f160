import { describe, expect, it } from 'vitest';
import { decodeEnv } from '../../src/lib/explain/env.ts';
import { decodeFilter } from '../../src/lib/explain/filter.ts';
import { decodeFormat } from '../../src/lib/explain/format.ts';
import { decodeImage, parseImageReference } from '../../src/lib/explain/image.ts';
import { decodeMount, parseMount, splitCsv } from '../../src/lib/explain/mount.ts';
import { decodeNetwork } from '../../src/lib/explain/network.ts';
import { decodePlatform } from '../../src/lib/explain/platform.ts';
import { decodePublish, parsePortSpec } from '../../src/lib/explain/ports.ts';
import { decodeRestart } from '../../src/lib/explain/restart.ts';
import { decodeVolume, toVolumeSourceKind } from '../../src/lib/explain/volumes.ts';
import { SAY } from '../../src/lib/explain/decoders.ts';
import type { MessageKey } from '../../src/lib/explain/messages.ts';

// Cases from `docker run --help`, `docker container run` and `docker image` reference pages.
describe('parsePortSpec', () => {
  it.each([
    ['80', { hostIp: '', hostPort: '', containerPort: '80', protocol: 'tcp' }],
    ['8080:80', { hostIp: '', hostPort: '8080', containerPort: '80', protocol: 'tcp' }],
    ['127.0.0.1:8080:80', { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' }],
    ['127.0.0.1::80', { hostIp: '127.0.0.1', hostPort: '', containerPort: '80', protocol: 'tcp' }],
    ['8080:80/udp', { hostIp: '', hostPort: '8080', containerPort: '80', protocol: 'udp' }],
    ['[::1]:8080:80', { hostIp: '::1', hostPort: '8080', containerPort: '80', protocol: 'tcp' }],
    ['8000-8010:80-90', { hostIp: '', hostPort: '8000-8010', containerPort: '80-90', protocol: 'tcp' }],
    ['53:53/sctp', { hostIp: '', hostPort: '53', containerPort: '53', protocol: 'sctp' }],
  ])('%s', (spec, expected) => {
    expect(parsePortSpec(spec)).toEqual(expected);
  });

  it.each([
    ['80/icmp', 'the protocol must be tcp, udp or sctp'],
    ['70000:80', 'the host port must be a number from 1 to 65535, a range, or empty'],
    ['8080:http', 'the container port must be a number from 1 to 65535 or a range such as 8000-8010'],
    ['::1:8080:80', 'write an IPv6 address in brackets: [::1]:8080:80'],
  ])('refuses %s', (spec, message) => {
    expect(SAY(parsePortSpec(spec) as MessageKey)).toBe(message);
  });
});

describe('decodePublish', () => {
  it.each([
    ['8080:80', 'Container port 80/tcp is reachable at port 8080 of the host, on every network interface.', true],
    [
      '80',
      'Container port 80/tcp is reachable at a free port Docker picks on the host (see it with `docker port`), on every network interface.',
      true,
    ],
    [
      '127.0.0.1::80',
      'Container port 80/tcp is reachable at a free port Docker picks on the host (see it with `docker port`), on 127.0.0.1 only, so only this machine can connect.',
      false,
    ],
    [
      '192.168.1.5:8080:80',
      'Container port 80/tcp is reachable at port 8080 of the host, on the host address 192.168.1.5 only.',
      false,
    ],
    [
      '8000-8010:80',
      'Container port 80/tcp is reachable at the first free host port in 8000-8010, on every network interface.',
      true,
    ],
  ])('%s', (spec, text, warns) => {
    const decoded = decodePublish(spec, '', SAY);
    expect(decoded.text).toBe(text);
    expect(Boolean(decoded.warning)).toBe(warns);
  });

  it('suggests the loopback form when a port is open on every interface', () => {
    expect(decodePublish('8080:80', '', SAY).warning).toContain('`127.0.0.1:8080:80`');
    expect(decodePublish('80', '', SAY).warning).toContain('`127.0.0.1::80`');
    // The caddy README publishes HTTP/3 on UDP: the safe form keeps the protocol.
    expect(decodePublish('443:443/udp', '', SAY).warning).toContain('Write `127.0.0.1:443:443/udp` to keep it');
    expect(decodePublish('0.0.0.0:53:53/tcp', '', SAY).warning).toContain('Write `127.0.0.1:53:53/tcp` to keep it');
  });
});

describe('volumes', () => {
  it.each([
    ['/srv/data', 'bind'],
    ['./data', 'bind'],
    ['../data', 'bind'],
    ['.', 'bind'],
    ['~/data', 'bind'],
    ['$PWD', 'bind'],
    ['$(pwd)/src', 'bind'],
    ['data', 'named'],
    ['caddy_data', 'named'],
    ['$DATA_DIR', 'shell'],
    ['', 'anonymous'],
    ['my/data', 'invalid'],
  ] as const)('the source %s is %s', (source, kind) => {
    expect(toVolumeSourceKind(source)).toBe(kind);
  });

  it.each([
    [
      './data:/data',
      'A bind mount of the host folder ./data, relative to where you run the command',
      '/volume/#bind-mounts',
    ],
    ['data:/data', 'The named volume data, created on first use', '/volume/#volumes'],
    ['/data', 'An anonymous volume', '/volume/#anonymous-volumes-and-cleanup'],
    ['/etc/caddy:/etc/caddy:ro', 'read-only: the container cannot change it', '/volume/#bind-mounts'],
    ['/srv:/srv:ro,z', 'relabelled for SELinux so that several containers can share it', '/volume/#bind-mounts'],
    ['db:/var/lib/mysql:nocopy', 'not filled with the files the image has at the target', '/volume/#volumes'],
  ])('%s', (spec, text, concept) => {
    const decoded = decodeVolume(spec, '', SAY);
    expect(decoded.text).toContain(text);
    expect(decoded.concept).toBe(concept);
    expect(decoded.invalid).toBeUndefined();
  });

  it.each([
    ['data:relative', 'The container path must be absolute, such as /data; got `relative`.'],
    ['/foo:ro', '`/foo:ro` has a target and options but no source; an anonymous volume takes no options.'],
    ['a:/b:/c:ro', 'Too many colons: the form is [source:]target[:options].'],
    ['data:/y:bogus', 'Unknown option `bogus`: -v takes ro, rw, z, Z, nocopy or a propagation mode.'],
  ])('refuses %s', (spec, text) => {
    expect(decodeVolume(spec, '', SAY)).toEqual({ text, invalid: true });
  });
});

describe('--mount', () => {
  it('splits quoted fields as CSV does', () => {
    expect(splitCsv('type=volume,"volume-opt=o=addr=1.2.3.4,rw",target=/d')).toEqual([
      'type=volume',
      'volume-opt=o=addr=1.2.3.4,rw',
      'target=/d',
    ]);
  });

  it.each([
    ['type=bind,src=./app,dst=/app,ro', { type: 'bind', source: './app', target: '/app', readonly: 'true' }],
    ['source=db,target=/var/lib/postgresql/data', { type: 'volume', source: 'db', target: '/var/lib/postgresql/data' }],
    ['type=tmpfs,destination=/run,tmpfs-size=64m', { type: 'tmpfs', target: '/run', 'tmpfs-size': '64m' }],
  ])('%s', (list, expected) => {
    expect(parseMount(list)).toEqual(expected);
  });

  it.each([
    ['type=bind,source=/src,target=/src,readonly', 'A bind mount of the host path /src, mounted at /src, read-only.'],
    ['type=volume,source=db,target=/data', 'The named volume db (created if missing), mounted at /data.'],
    ['type=volume,target=/data,volume-nocopy', 'A new anonymous volume, mounted at /data, not filled from the image.'],
    [
      'type=tmpfs,target=/cache',
      'A tmpfs mount: files kept in memory only, mounted at /cache, gone when the container stops.',
    ],
  ])('%s', (list, text) => {
    expect(decodeMount(list, '', SAY).text).toContain(text);
  });

  it.each([
    ['type=bind,target=/x', 'A bind mount needs source=/path/on/the/host.'],
    [
      'type=nfs,target=/x',
      'Not a mount Docker accepts: type must be one of bind, volume, tmpfs, image, npipe, cluster.',
    ],
    ['source=db', 'Not a mount Docker accepts: it needs a target=/path in the container.'],
    ['src=db,dest=/x', 'Not a mount Docker accepts: unknown key `dest`'],
  ])('refuses %s', (list, text) => {
    const decoded = decodeMount(list, '', SAY);
    expect(decoded.invalid).toBe(true);
    expect(decoded.text).toContain(text);
  });
});

describe('image references', () => {
  it.each([
    ['nginx', 'docker.io', 'library/nginx', 'latest', '', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io', 'library/nginx', '1.27', '', 'docker.io/library/nginx:1.27'],
    ['bitnami/redis:7.2', 'docker.io', 'bitnami/redis', '7.2', '', 'docker.io/bitnami/redis:7.2'],
    ['ghcr.io/owner/app:v1', 'ghcr.io', 'owner/app', 'v1', '', 'ghcr.io/owner/app:v1'],
    ['host:5000/ns/repo:tag', 'host:5000', 'ns/repo', 'tag', '', 'host:5000/ns/repo:tag'],
    ['localhost/app', 'localhost', 'app', 'latest', '', 'localhost/app:latest'],
    ['localhost:5000/app', 'localhost:5000', 'app', 'latest', '', 'localhost:5000/app:latest'],
    ['index.docker.io/library/alpine:3', 'docker.io', 'library/alpine', '3', '', 'docker.io/library/alpine:3'],
    [
      `alpine@sha256:${'a'.repeat(64)}`,
      'docker.io',
      'library/alpine',
      '',
      `sha256:${'a'.repeat(64)}`,
      `docker.io/library/alpine@sha256:${'a'.repeat(64)}`,
    ],
    [
      `nginx:1.27@sha256:${'0'.repeat(64)}`,
      'docker.io',
      'library/nginx',
      '1.27',
      `sha256:${'0'.repeat(64)}`,
      `docker.io/library/nginx:1.27@sha256:${'0'.repeat(64)}`,
    ],
  ])('%s', (reference, registry, repository, tag, digest, canonical) => {
    expect(parseImageReference(reference)).toEqual({ registry, repository, tag, digest, canonical });
  });

  it.each([
    ['Nginx', 'repository names must be lowercase'],
    ['nginx@sha256:abc', 'a digest is written @sha256: followed by 64 hexadecimal digits'],
    ['nginx:bad tag', 'the tag `bad tag` may hold only letters, digits, _ . and -, at most 128'],
    ['🐳', 'a repository name is lowercase letters and digits, separated by / . _ or -'],
  ])('refuses %s', (reference, message) => {
    const read = parseImageReference(reference);
    expect(typeof read === 'string' ? SAY(read) : 'canonical' in read ? read : SAY(...read)).toBe(message);
  });

  it('says where the image comes from and that a missing tag means latest', () => {
    expect(decodeImage('nginx', 'docker container run', SAY).text).toBe(
      'The image docker.io/library/nginx:latest: repository library/nginx from Docker Hub (an official image, unless you built or tagged one by that name here), no tag written, so latest, which moves when the image is updated. Pulled if it is not here yet.',
    );
    // `docker pull` asks Docker Hub, where a one-word name is an official image; `docker run` uses a
    // local image of that name first (the nginx README builds `some-content-nginx` and runs it).
    expect(decodeImage('ubuntu', 'docker image pull', SAY).text).toContain('from Docker Hub (an official image), ');
    expect(decodeImage('ghcr.io/owner/app:v1', 'docker container run', SAY).text).toContain(
      'from the registry ghcr.io, tag v1.',
    );
    expect(decodeImage(`alpine@sha256:${'a'.repeat(64)}`, 'docker image pull', SAY).text).toContain(
      'pinned by digest, so it never changes. Downloaded from that registry.',
    );
  });

  // A name given to a build or by `docker tag` is yours: it is neither pulled nor an official image.
  it.each([
    [
      'docker image push',
      'localhost:5000/my-ubuntu',
      'from the registry localhost:5000, no tag written, so latest, which moves when the image is updated. Uploaded to that registry.',
    ],
    ['docker buildx build', 'myapp:builder', 'repository library/myapp from Docker Hub, tag builder.'],
    ['docker image tag', 'ubuntu:24.04', 'repository library/ubuntu from Docker Hub, tag 24.04.'],
    [
      'docker image save',
      'myimage:latest',
      'repository library/myimage from Docker Hub, tag latest, which moves when the image is updated.',
    ],
  ])('%s %s says only what the command does', (command, reference, end) => {
    expect(decodeImage(reference, command, SAY).text.endsWith(end)).toBe(true);
  });
});

describe('-e', () => {
  it.each([
    ['TZ=Europe/Berlin', 'Sets the environment variable TZ to `Europe/Berlin` in the container.', false],
    [
      'DEBUG',
      "Sets DEBUG in the container to its value in your shell's environment; if it is not set there, the container does not get it.",
      false,
    ],
    ['EMPTY=', 'Sets the environment variable EMPTY to an empty string in the container.', false],
    [
      'POSTGRES_PASSWORD=example',
      'Sets the environment variable POSTGRES_PASSWORD to `example` in the container.',
      true,
    ],
    ['GITHUB_TOKEN=ghp_x', 'Sets the environment variable GITHUB_TOKEN to `ghp_x` in the container.', true],
    ['API_KEY=$KEY', 'Sets the environment variable API_KEY to `$KEY` in the container.', false],
  ])('%s', (value, text, warns) => {
    const decoded = decodeEnv(value, '', SAY);
    expect(decoded.text).toBe(text);
    expect(Boolean(decoded.warning)).toBe(warns);
  });
});

describe('--restart', () => {
  it.each([
    ['no', 'Never restarted when it stops (the default).'],
    [
      'always',
      'Restarted whenever it stops, and started again when the daemon starts, even after you stopped it by hand.',
    ],
    [
      'unless-stopped',
      'Restarted whenever it stops, unless you stopped it: then it stays stopped, even after the daemon restarts.',
    ],
    ['on-failure', 'Restarted when it exits with a non-zero status, with no limit.'],
    ['on-failure:5', 'Restarted when it exits with a non-zero status, at most 5 times.'],
  ])('%s', (policy, text) => {
    expect(decodeRestart(policy, '', SAY)).toEqual({ text, concept: '/running-containers/#restart-policies' });
  });

  it.each(['sometimes', 'always:3', 'on-failure:x'])('refuses %s', (policy) => {
    expect(decodeRestart(policy, '', SAY).invalid).toBe(true);
  });
});

describe('--network', () => {
  it.each([
    ['bridge', 'The default bridge network', '/network/#the-default-bridge-network'],
    ['default', 'The default bridge network', '/network/#the-default-bridge-network'],
    ['host', "The host's own network", '/network/#network-drivers'],
    ['none', 'No network', '/network/#network-drivers'],
    ['container:db', 'Shares the network of the container db', '/network/#network-drivers'],
    ['appnet', 'The user-defined network appnet', '/network/#user-defined-networks'],
    ['name=appnet,alias=web', 'The user-defined network appnet', '/network/#user-defined-networks'],
  ])('%s', (value, text, concept) => {
    const decoded = decodeNetwork(value, '', SAY);
    expect(decoded.text).toContain(text);
    expect(decoded.concept).toBe(concept);
  });
});

describe('--platform', () => {
  it.each([
    ['linux/amd64', 'The linux/amd64 variant'],
    ['linux/arm64', 'The linux/arm64 variant'],
    ['linux/arm/v7', 'The linux/arm/v7 variant'],
    ['linux/aarch64', 'The linux/arm64 variant'],
  ])('%s', (value, text) => {
    expect(decodePlatform(value, '', SAY).text).toContain(text);
  });

  it.each(['arm64', 'linux/sparc', 'plan9/amd64'])('refuses %s', (value) => {
    expect(decodePlatform(value, '', SAY).invalid).toBe(true);
  });
});

describe('--format', () => {
  it.each([
    ['json', 'Each item as one line of JSON, for scripts and jq.'],
    ['table', 'The default table, with a header row.'],
    ['{{.Names}}', 'A Go template printed once per item: the field .Names.'],
    [
      'table {{.ID}}\\t{{.Image}}\\t{{.Status}}',
      'A table with a header row: the fields .ID, .Image, .Status; \\t is a tab between columns.',
    ],
    ['{{json .Config.Entrypoint}}', 'A Go template printed once per item: the field .Config.Entrypoint, through json.'],
    ['{{range .Mounts}}{{.Source}} {{end}}', 'A Go template printed once per item: the fields .Mounts, .Source.'],
  ])('%s', (template, text) => {
    expect(decodeFormat(template, '', SAY).text).toBe(text);
  });

  it('refuses an action that never closes', () => {
    expect(decodeFormat('{{.Names', '', SAY).invalid).toBe(true);
  });
});

describe('--filter', () => {
  it.each([
    [
      'status=exited',
      'docker container ls',
      'Keeps only the items in the state (created, restarting, running, removing, paused, exited, dead) exited.',
    ],
    [
      'dangling=true',
      'docker image ls',
      'Keeps only the items that are dangling (true: unused by anything) or not: true.',
    ],
    ['until=24h', 'docker image prune', 'Keeps only the items created before the time or duration 24h.'],
    ['label=env=prod', 'docker volume ls', 'Keeps only the items with the label (key, or key=value) env=prod.'],
  ])('%s for %s', (filter, command, text) => {
    expect(decodeFilter(filter, command, SAY).text).toBe(text);
  });

  it('says a key is unknown rather than guess', () => {
    const decoded = decodeFilter('colour=red', 'docker container ls', SAY);
    expect(decoded.invalid).toBe(true);
    expect(decoded.text).toContain('`docker container ls` has no filter key `colour`; its keys are id, name');
    expect(decodeFilter('x=y', 'docker plugin ls', SAY).text).toBe(
      'Filters by x = y; this site does not list the keys of `docker plugin ls`.',
    );
  });
});

describe('warnings decoders raise', () => {
  it('warns when the Docker socket is mounted', () => {
    expect(decodeVolume('/var/run/docker.sock:/var/run/docker.sock', '', SAY).warning).toContain('The Docker socket');
  });

  it('reads a path under the current directory the shell fills in (the postgres, traefik and nginx READMEs)', () => {
    expect(decodeVolume('$PWD/my-postgres.conf:/etc/postgresql/postgresql.conf', '', SAY)).toEqual({
      text: "A bind mount of the host path $PWD/my-postgres.conf in the current directory (the shell fills in $PWD): the container sees the host's files and hides what the image has there. If the host path is missing, Docker creates it as an empty folder. Mounted at /etc/postgresql/postgresql.conf in the container.",
      concept: '/volume/#bind-mounts',
    });
    expect(decodeVolume('$(pwd)/nginx-cache:/var/cache/nginx', '', SAY).text).toContain(
      'the host path $(pwd)/nginx-cache in the current directory (the shell fills in $(pwd))',
    );
    expect(decodeVolume('$PWD:/app', '', SAY).text).toContain(
      'A bind mount of the current directory (the shell fills it in)',
    );
  });

  it('does not warn about a secret passed as a file', () => {
    expect(decodeEnv('POSTGRES_PASSWORD_FILE=/run/secrets/db', '', SAY).warning).toBeUndefined();
  });

  it('reads a list of platforms, as buildx takes', () => {
    expect(decodePlatform('linux/amd64,linux/arm64', '', SAY).text).toBe(
      'One image for each of linux/amd64, linux/arm64, under one name (an image index): each host pulls the variant for its own platform.',
    );
    expect(decodePlatform('linux/amd64,plan9/x', '', SAY).invalid).toBe(true);
  });
});
