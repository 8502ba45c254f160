/**
 * The images the playground's registry holds: the official images the lessons use, with the
 * facts of their official Dockerfiles (default command, entrypoint, exposed ports, declared
 * volumes, working directory) and a few of their typical log lines. Tags agree with
 * src/data/example-images.json (tests/unit/engine-catalogue.test.ts checks it).
 *
 * Sources (read at the commit named):
 * - nginx: nginxinc/docker-nginx stable/debian/Dockerfile and entrypoint/docker-entrypoint.sh
 *   at b430bec: ENTRYPOINT ["/docker-entrypoint.sh"], EXPOSE 80, STOPSIGNAL SIGQUIT,
 *   CMD ["nginx", "-g", "daemon off;"].
 * - redis: docker-library/redis 7.2/debian/Dockerfile at e9204996: VOLUME /data, WORKDIR /data,
 *   ENTRYPOINT ["docker-entrypoint.sh"], EXPOSE 6379, CMD ["redis-server"].
 * - postgres: docker-library/postgres 18/trixie/Dockerfile and docker-entrypoint.sh at
 *   6edb0a8c4d: ENV PGDATA /var/lib/postgresql/18/docker, VOLUME /var/lib/postgresql,
 *   ENTRYPOINT ["docker-entrypoint.sh"], EXPOSE 5432, STOPSIGNAL SIGINT, CMD ["postgres"]; the
 *   missing-password message is the entrypoint's own.
 * - busybox CMD ["sh"], alpine CMD ["/bin/sh"], ubuntu CMD ["/bin/bash"], node
 *   ENTRYPOINT ["docker-entrypoint.sh"] CMD ["node"], python CMD ["python3"], hello-world
 *   CMD ["/hello"]: their official Dockerfiles, listed in docker-library/official-images
 *   library/<name> (the commit in src/data/example-images.json).
 * - demo/app is not on Docker Hub: it is the playground's stand-in for an image you built
 *   yourself (`docker build -t demo/app:1 .`), present only where a lesson says so.
 * Sizes are rounded amd64 figures and are not checked against the registry.
 */

export interface CatalogueImage {
  /** Repository as Docker Hub names it. */
  name: string;
  /** Tags the playground serves, grouped by the image they point to; the first group holds
   * the current tag of example-images.json. */
  versions: readonly { version: string; tags: readonly string[] }[];
  /** The environment variable holding the version, added to `env` (`NGINX_VERSION`). */
  versionEnv: string;
  entrypoint: readonly string[];
  cmd: readonly string[];
  exposed: readonly string[];
  volumes: readonly string[];
  env: readonly string[];
  workdir: string;
  size: string;
  /** Layers a pull shows. */
  layers: number;
  /** Seconds before the playground's epoch the tag was built. */
  age: number;
}

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const DAY = 86_400;

export const CATALOGUE: readonly CatalogueImage[] = [
  {
    name: 'nginx',
    versions: [
      { version: '1.30.4', tags: ['1.30', '1.30.4', 'stable', 'stable-trixie'] },
      { version: '1.31.4', tags: ['latest', '1.31', '1.31.4', 'mainline', '1'] },
      { version: '1.30.4-alpine', tags: ['1.30-alpine', 'stable-alpine'] },
    ],
    versionEnv: 'NGINX_VERSION',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    exposed: ['80/tcp'],
    volumes: [],
    env: [PATH],
    workdir: '/',
    size: '192MB',
    layers: 7,
    age: 12 * DAY,
  },
  {
    name: 'redis',
    versions: [
      { version: '8.10.1', tags: ['8', '8.10', '8.10.1', 'latest'] },
      { version: '8.10.1-alpine', tags: ['8-alpine', 'alpine'] },
      { version: '7.4.11', tags: ['7', '7.4', '7.4.11'] },
    ],
    versionEnv: 'REDIS_VERSION',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    exposed: ['6379/tcp'],
    volumes: ['/data'],
    env: [PATH],
    workdir: '/data',
    size: '137MB',
    layers: 8,
    age: 9 * DAY,
  },
  {
    name: 'postgres',
    versions: [
      { version: '18.6', tags: ['18', '18.6', 'latest'] },
      { version: '18.6-alpine', tags: ['18-alpine', 'alpine'] },
      { version: '17.11', tags: ['17', '17.11'] },
    ],
    versionEnv: 'PG_VERSION',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    exposed: ['5432/tcp'],
    volumes: ['/var/lib/postgresql'],
    env: [PATH, 'PG_MAJOR=18', 'PGDATA=/var/lib/postgresql/18/docker'],
    workdir: '/',
    size: '456MB',
    layers: 14,
    age: 20 * DAY,
  },
  {
    name: 'busybox',
    versions: [{ version: '1.38.0', tags: ['1.38', '1.38.0', '1', 'latest', 'musl', 'glibc', 'uclibc'] }],
    versionEnv: '',
    entrypoint: [],
    cmd: ['sh'],
    exposed: [],
    volumes: [],
    env: [PATH],
    workdir: '/',
    size: '4.43MB',
    layers: 1,
    age: 60 * DAY,
  },
  {
    name: 'alpine',
    versions: [
      { version: '3.24.1', tags: ['3.24', '3.24.1', '3', 'latest'] },
      { version: '3.23.5', tags: ['3.23', '3.23.5'] },
    ],
    versionEnv: '',
    entrypoint: [],
    cmd: ['/bin/sh'],
    exposed: [],
    volumes: [],
    env: [PATH],
    workdir: '/',
    size: '8.5MB',
    layers: 1,
    age: 30 * DAY,
  },
  {
    name: 'ubuntu',
    versions: [
      { version: '24.04', tags: ['24.04', 'noble'] },
      { version: '26.04', tags: ['26.04', 'resolute', 'latest'] },
      { version: '22.04', tags: ['22.04', 'jammy'] },
    ],
    versionEnv: '',
    entrypoint: [],
    cmd: ['/bin/bash'],
    exposed: [],
    volumes: [],
    env: [PATH],
    workdir: '/',
    size: '78.1MB',
    layers: 1,
    age: 21 * DAY,
  },
  {
    name: 'node',
    versions: [
      { version: '24.19.0', tags: ['24'] },
      { version: '26.7.0', tags: ['26', '26.7', '26.7.0', 'latest', 'current'] },
      { version: '26.7.0-alpine', tags: ['26-alpine', 'alpine'] },
    ],
    versionEnv: 'NODE_VERSION',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    exposed: [],
    volumes: [],
    env: [PATH],
    workdir: '/',
    size: '1.13GB',
    layers: 9,
    age: 10 * DAY,
  },
  {
    name: 'python',
    versions: [
      { version: '3.14.7', tags: ['3.14', '3.14.7', '3', 'latest'] },
      { version: '3.14.7-slim', tags: ['3.14-slim', 'slim'] },
      { version: '3.14.7-alpine', tags: ['3.14-alpine', 'alpine'] },
    ],
    versionEnv: 'PYTHON_VERSION',
    entrypoint: [],
    cmd: ['python3'],
    exposed: [],
    volumes: [],
    env: [PATH],
    workdir: '/',
    size: '1.12GB',
    layers: 8,
    age: 14 * DAY,
  },
  {
    name: 'hello-world',
    versions: [{ version: 'latest', tags: ['latest', 'linux'] }],
    versionEnv: '',
    entrypoint: [],
    cmd: ['/hello'],
    exposed: [],
    volumes: [],
    env: [PATH],
    workdir: '/',
    size: '10.1kB',
    layers: 1,
    age: 120 * DAY,
  },
  {
    name: 'demo/app',
    versions: [{ version: '1', tags: ['1'] }],
    versionEnv: '',
    entrypoint: [],
    cmd: ['node', 'server.js'],
    exposed: ['3000/tcp'],
    volumes: [],
    env: [PATH],
    workdir: '/app',
    size: '1.14GB',
    layers: 11,
    age: DAY,
  },
];

/** Repositories a pull may fetch from the simulated Docker Hub (demo/app is local only). */
export function findCatalogueImage(name: string): CatalogueImage | undefined {
  return CATALOGUE.find((image) => image.name === name);
}
