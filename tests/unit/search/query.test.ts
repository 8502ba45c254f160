import { describe, expect, test } from 'vitest';
import {
  isMostlyCorrected,
  toErrorWords,
  toPagesWords,
  toQueryPlan,
  toSuggestion,
} from '../../../src/lib/search/query.ts';
import { VOCABULARY } from './fixtures.ts';

const plan = (query: string) => toQueryPlan(query, VOCABULARY);

describe('toQueryPlan: questions', () => {
  test.each([
    ['how do I shell into a container', 'text', 'exec container'],
    ['what is the difference between an image and a container', 'text', 'image container'],
    ['COPY vs ADD', 'text', 'copy add'],
    ['how to free disk space', 'text', 'prune'],
    ['make a container start on boot', 'text', 'make container restart policy'],
    ['read only volume', 'text', 'read-only volume'],
    ['docker swarm vs kubernetes', 'text', 'swarm kubernetes'],
    ['docker is using too much disk space', 'text', 'prune'],
    // A command group takes a subcommand, so words after it make a question.
    ['docker container keeps restarting', 'text', 'container restart policy'],
    ['how big is my image', 'text', 'size image'],
  ])('%s → %s “%s”', (query, kind, terms) => {
    expect(plan(query)).toMatchObject({ kind, terms });
  });

  test('a question made only of filler words keeps its words', () =>
    expect(plan('how to do it').terms).toBe('how to do it'));

  test('the least informative word is dropped first: common words before the index’s own terms', () =>
    expect(plan('inspect volume container').droppable).toEqual(['container', 'volume', 'inspect']));

  test('a question a section declares leads to that section', () =>
    expect(plan('run docker without sudo').declared?.href).toBe('/daemon/#socket'));
  test('a question that shares too few of its words does not', () =>
    expect(plan('run docker').declared).toBeUndefined());

  test.each([
    ['difference between volume and bind mount', '/volume/#mount-types'],
    ['volume vs bind mount', '/volume/#mount-types'],
    ['tmpfs vs volume', '/volume/#tmpfs-mounts'],
  ])('a comparison naming both sides asks the declared one: %s', (query, href) =>
    expect(plan(query).declared?.href).toBe(href),
  );
  test.each([
    ['how do i see which containers are using a volume', '/volume/#cleanup'],
    ['which containers use my volume', '/volume/#cleanup'],
    ['how do I see what is inside a volume', '/volume/#step-by-step'],
    ['see the files inside a volume', '/volume/#step-by-step'],
  ])('of two questions it asks, the one sharing more of its words wins: %s', (query, href) =>
    expect(plan(query).declared?.href).toBe(href),
  );
  test('one side alone does not ask a comparison', () => expect(plan('bind mount').declared).toBeUndefined());
  test('a query that does not compare must say all of each side’s words', () => {
    expect(plan('mount an nfs share as a volume').declared).toBeUndefined();
    expect(plan('volume or bind mount').declared?.href).toBe('/volume/#mount-types');
    expect(plan('use a bind mount or a volume').declared?.href).toBe('/volume/#mount-types');
  });
  test('words on every page do not make a question asked', () => {
    expect(plan('use the host network').declared?.href).toBe('/network/#network-drivers');
    expect(plan('mount a host folder into a container').declared).toBeUndefined();
  });
});

describe('toQueryPlan: readers’ phrases for network drivers, names, images and settings', () => {
  test.each([
    ['use the host network', 'host network driver'],
    ['run a container with no network', 'run container none network driver'],
    ['why cant my container reach the database by name', 'container reach database name resolution'],
    ['containers cannot resolve the hostname', 'containers name resolution'],
    ['how to update an image to the latest version', 'pull image'],
    ['upgrade a container', 'update container'],
    ['set a password for the postgres container', 'environment variables password postgres container'],
  ])('%s → “%s”', (query, terms) => expect(plan(query).terms).toBe(terms));
});

describe('toQueryPlan: a flag inside a question', () => {
  test.each([
    // Combined short flags lead with the first of them.
    ['what does -it mean', '/reference/cli/docker/container/run/#interactive'],
    ['what is the -d flag', '/reference/cli/docker/container/run/#detach'],
    ['difference between -p and -P', '/reference/cli/docker/container/run/#publish'],
    // On the command the question names, wherever the flag stands.
    ['what does docker compose down -v do', '/reference/cli/docker/compose/down/#volumes'],
    ['what does -v do in docker compose down', '/reference/cli/docker/compose/down/#volumes'],
    ['why use --rm with docker run', '/reference/cli/docker/container/run/#rm'],
  ])('%s → %s', (query, href) => {
    const result = plan(query);
    expect(result.kind).toBe('text');
    expect(result.reference?.href).toBe(href);
  });

  test('the flag is searched as typed', () => expect(plan('what does -it mean').terms).toBe('-it'));
  test('a dash inside a word is no flag', () => expect(plan('what is a read-only mount').reference).toBeUndefined());
  test('a lone combined flag leads with its first flag', () =>
    expect(plan('-it').reference?.href).toBe('/reference/cli/docker/container/run/#interactive'));
  test('a command given two flags at once gets no flag anchor', () =>
    expect(plan('docker exec -it web sh').reference?.href).toBe('/reference/cli/docker/container/exec/'));
});

describe('toQueryPlan: commands and flags', () => {
  test.each([
    ['docker ps', '/reference/cli/docker/container/ls/', undefined],
    ['docker ps -a', '/reference/cli/docker/container/ls/#all', undefined],
    ['$ sudo docker rmi', '/reference/cli/docker/image/rm/', undefined],
    ['docker contianer ls', '/reference/cli/docker/container/ls/', 'docker container ls'],
    ['docker compose donw', '/reference/cli/docker/compose/down/', 'docker compose down'],
    ['docker-compose up', '/reference/cli/docker/compose/up/', undefined],
    ['docker exce -it web sh', '/reference/cli/docker/container/exec/', 'docker exec -it web sh'],
    ['docker run -p 8080:80 nginx', '/reference/cli/docker/container/run/#publish', undefined],
  ])('%s → %s', (query, href, corrected) => {
    const result = plan(query);
    expect(result.kind).toBe('command');
    expect(result.reference?.href).toBe(href);
    expect(result.corrected).toBe(corrected);
  });

  test.each([
    ['--network-alias', '/reference/cli/docker/container/run/#network-alias', undefined],
    ['--netwrok-alias', '/reference/cli/docker/container/run/#network-alias', '--network-alias'],
    // -v is docker run's --volume, not the root command's --version.
    ['-v', '/reference/cli/docker/container/run/#volume', undefined],
    ['-P', '/reference/cli/docker/container/run/#publish-all', undefined],
    ['--restart=always', undefined, undefined],
  ])('flag %s → %s', (query, href, corrected) => {
    const result = plan(query);
    expect(result.kind).toBe('flag');
    expect(result.reference?.href).toBe(href);
    expect(result.corrected).toBe(corrected);
  });

  test('a short flag is searched as typed', () => expect(plan('-v').terms).toBe('-v'));
  test('a command the data lacks has no reference entry', () =>
    expect(plan('docker frobnicate').reference).toBeUndefined());
});

describe('toQueryPlan: error messages', () => {
  test('a known error leads to the section that declares it, whatever its address', () => {
    const result = plan(
      'docker: Error response from daemon: Bind for 127.0.0.1:5432 failed: port is already allocated.',
    );
    expect(result).toMatchObject({ kind: 'error', terms: 'bind failed port already allocated' });
    expect(result.declared?.href).toBe('/network/#publishing-ports');
  });
  test('an error no section declares is still searched by its telling words', () => {
    const result = plan('Error response from daemon: No such container: web');
    expect(result).toMatchObject({ kind: 'error', terms: 'no such container' });
    expect(result.declared).toBeUndefined();
  });
});

describe('toErrorWords', () => {
  test.each([
    [
      'Error response from daemon: conflict: unable to delete 5e2c4f6a7b8d (must be forced) - image is referenced in multiple repositories',
      ['conflict', 'unable', 'delete', 'must', 'forced', 'image', 'referenced', 'multiple', 'repositories'],
    ],
    [
      'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
      ['got', 'permission', 'denied', 'while', 'trying', 'connect', 'daemon', 'socket', 'dial', 'unix'],
    ],
    [
      "pull access denied for my-app, repository does not exist or may require 'docker login'",
      ['pull', 'access', 'denied', 'my-app', 'repository', 'not', 'exist', 'may', 'require'],
    ],
    [
      'Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use',
      ['starting', 'userland', 'proxy', 'listen', 'bind', 'address', 'already'],
    ],
    [
      'network app-net has active endpoints (name:"web" id:"3f2a1b9c8d7e")',
      ['network', 'app-net', 'has', 'active', 'endpoints'],
    ],
    ["docker: invalid reference format. See 'docker run --help'.", ['invalid', 'reference', 'format']],
  ])('%s', (message, words) => expect(toErrorWords(message)).toEqual(words));
});

describe('toPagesWords', () => {
  test('replaces whole phrases, the longest first', () =>
    expect(toPagesWords('free up disk space now')).toBe('prune now'));
  test('leaves a phrase inside a longer word alone', () => expect(toPagesWords('rebooting')).toBe('rebooting'));
});

describe('toSuggestion', () => {
  test.each([
    ['volum inspectt', 'volume inspect'],
    ['netwrok', 'network'],
    ['docker contianer ls', 'docker container ls'],
    ['--netwrok-alias', '--network-alias'],
  ])('%s → %s', (query, suggestion) => expect(toSuggestion(query, plan(query), VOCABULARY)).toBe(suggestion));
  test.each(['volume', 'xyzzy plugh', 'docker: Error response from daemon: No such container: web'])(
    'nothing for %s',
    (query) => expect(toSuggestion(query, plan(query), VOCABULARY)).toBeUndefined(),
  );
});

describe('isMostlyCorrected', () => {
  test.each([
    ['contaner lifecylce', 'container lifecycle', true],
    ['how do I inspectt a volum', 'how do I inspect a volume', true],
    ['docker contianer ls', 'docker container ls', true],
    [
      'make my two containers chat with each other quickly',
      'made my two containers that with each other quickly',
      false,
    ],
    ['one word changed of three', 'one word changes of three', false],
  ])('%s → %s: %s', (query, suggestion, expected) => expect(isMostlyCorrected(query, suggestion)).toBe(expected));
  test('a correction that changes the number of words counts as mostly corrected', () => {
    expect(isMostlyCorrected('netwrok-alias', 'network alias')).toBe(true);
    expect(isMostlyCorrected('one word changed of three', 'one word changes of three more')).toBe(true);
  });
  test('spaces around and between the typed words do not count as words', () => {
    expect(isMostlyCorrected('  make my two containers chat quickly', 'made my two containers that quickly')).toBe(
      false,
    );
    expect(isMostlyCorrected('make  my two containers chat quickly ', 'made my two containers that quickly')).toBe(
      false,
    );
  });
  test('filler words count in any case, and a changed one is not telling', () =>
    expect(isMostlyCorrected('HOW To restrat', 'how to restart')).toBe(true));
});
