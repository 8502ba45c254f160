import { describe, expect, it } from 'vitest';
import { createState } from '../../../src/lib/engine/index.ts';
import { runLines, withBusyboxAndNginx } from './run.ts';

/**
 * docker pull, images, tag, push and rmi as a reader sees them: progress in the CLI's
 * non-terminal form, the classic table, and the daemon's refusals (moby docker-v29.7.2).
 */

const NGINX_DIGEST = 'sha256:c5a5e76c332ce374678e01a975cc23cd21f6c20179c255a72f54d4dd3ea66172';
const NGINX_ID = '0c8b438fe73d2f01533b25420b182f76cdbe44c5d5d7bb07183d4efd3b777638';

describe('pull', () => {
  it('prints each layer pulled, the digest and the full reference; a second pull is up to date', () => {
    const { results, state } = runLines(
      ['docker pull nginx:1.30', 'docker pull docker.io/library/nginx:1.30'],
      createState('p'),
    );
    const layers = results[0]?.stdout.split('\n').filter((line) => line.endsWith(': Pulling fs layer')) ?? [];
    expect(layers).toHaveLength(7);
    const ids = layers.map((line) => line.split(':')[0] ?? '');
    expect(results[0]?.stdout).toBe(
      [
        '1.30: Pulling from library/nginx',
        ...layers,
        ...ids.map((id) => `${id}: Download complete`),
        ...ids.map((id) => `${id}: Pull complete`),
        `Digest: ${NGINX_DIGEST}`,
        'Status: Downloaded newer image for nginx:1.30',
        'docker.io/library/nginx:1.30',
        '',
      ].join('\n'),
    );
    expect(results[1]?.stdout).toBe(
      `1.30: Pulling from library/nginx\nDigest: ${NGINX_DIGEST}\nStatus: Image is up to date for nginx:1.30\ndocker.io/library/nginx:1.30\n`,
    );
    expect(state.images.map((image) => [image.refs, image.digests])).toEqual([
      [['nginx:1.30'], [`nginx@${NGINX_DIGEST}`]],
    ]);
  });

  it('adds a second tag of the same image to it, without pulling its layers again', () => {
    const { state, last } = runLines(['docker pull nginx:stable']);
    expect(last.stdout).toMatch(
      `stable: Pulling from library/nginx\nDigest: ${NGINX_DIGEST}\nStatus: Downloaded newer image for nginx:stable\ndocker.io/library/nginx:stable\n`,
    );
    expect(state.images.map((image) => image.refs)).toEqual([['busybox:1.38'], ['nginx:1.30', 'nginx:stable']]);
  });

  it('takes a tag back from the image that held it', () => {
    const { state } = runLines([
      'docker tag busybox:1.38 redis:8',
      'docker pull redis:8',
      'docker tag busybox:1.38 nginx:stable',
      'docker pull nginx:stable',
    ]);
    expect(state.images.map((image) => [image.kind, image.refs])).toEqual([
      ['busybox', ['busybox:1.38']],
      ['nginx', ['nginx:1.30', 'nginx:stable']],
      ['redis', ['redis:8']],
    ]);
  });

  it('refuses a tag the registry does not hold, a missing repository, and no argument', () => {
    const { results, state } = runLines(['docker pull busybox:0.1', 'docker pull nobody/nothing', 'docker pull']);
    expect(results.map((result) => [result.stderr, result.exit])).toEqual([
      ['Error response from daemon: manifest for busybox:0.1 not found: manifest unknown: manifest unknown\n', 1],
      [
        "Error response from daemon: pull access denied for nobody/nothing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
        1,
      ],
      [
        "docker: 'docker pull' requires 1 argument\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nRun 'docker pull --help' for more information\n",
        1,
      ],
    ]);
    expect(state.images.flatMap((image) => image.refs)).toEqual(['busybox:1.38', 'nginx:1.30']);
  });

  it('finds no demo/app to pull: it stands for an image you built', () => {
    const { last } = runLines(['docker pull demo/app:1']);
    expect(last.stderr).toContain('pull access denied for demo/app,');
  });
});

describe('images and tag', () => {
  it('lists every tag, newest image first, and -q each image once', () => {
    const { results } = runLines(['docker tag nginx:1.30 web:1', 'docker images', 'docker images -q']);
    expect(results[1]?.stdout).toBe(
      [
        'REPOSITORY   TAG       IMAGE ID       CREATED        SIZE',
        'web          1         0c8b438fe73d   12 days ago    192MB',
        'nginx        1.30      0c8b438fe73d   12 days ago    192MB',
        'busybox      1.38      86972b09388c   2 months ago   4.43MB',
        '',
      ].join('\n'),
    );
    expect(results[2]?.stdout).toBe('0c8b438fe73d\n86972b09388c\n');
  });

  it('moves a tag from the image it named, dropping an image left with none', () => {
    const { state } = runLines([
      'docker tag nginx:1.30 mine:1',
      'docker tag busybox:1.38 mine:1',
      'docker tag busybox:1.38 nginx:1.30',
    ]);
    expect(state.images.map((image) => [image.kind, image.refs])).toEqual([
      ['busybox', ['busybox:1.38', 'mine:1', 'nginx:1.30']],
    ]);
  });

  it('refuses a missing image and a missing argument', () => {
    const { results } = runLines(['docker tag nope mine:1', 'docker tag nginx:1.30']);
    expect(results.map((result) => [result.stderr, result.exit])).toEqual([
      ['Error response from daemon: No such image: nope\n', 1],
      [
        "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n",
        1,
      ],
    ]);
  });
  it('ages the images as the clock runs', () => {
    const { last } = runLines(['docker images'], { ...withBusyboxAndNginx(), clock: 40 * 86_400 });
    expect(last.stdout.split('\n').map((line) => line.slice(38, 52).trim())).toEqual([
      'CREATED',
      '7 weeks ago',
      '3 months ago',
      '',
    ]);
  });
});

describe('push', () => {
  it('pushes to the local registry, from where a pull brings it back', () => {
    const { results, state } = runLines([
      'docker tag busybox:1.38 localhost:5000/demo/box:1',
      'docker push localhost:5000/demo/box:1',
      'docker rmi localhost:5000/demo/box:1',
      'docker pull localhost:5000/demo/box:1',
      'docker pull localhost:5000/demo/box:2',
      'docker pull localhost:5000/demo/other:1',
    ]);
    const digest = 'sha256:cab789399698a969ed21c36a6a2223e9bee95e29052ab472975052e65471504c';
    expect(results[1]?.stdout).toBe(
      `The push refers to repository [localhost:5000/demo/box]\n12a641167704: Preparing\n12a641167704: Pushed\n1: digest: ${digest} size: 727\n`,
    );
    expect(state.registry).toEqual({ 'demo/box': { '1': state.images.find((image) => image.kind === 'busybox')?.id } });
    expect(results[2]?.stdout).toBe(
      `Untagged: localhost:5000/demo/box:1\nUntagged: localhost:5000/demo/box@${digest}\n`,
    );
    expect(results[3]?.stdout).toBe(
      `1: Pulling from demo/box\nDigest: ${digest}\nStatus: Downloaded newer image for localhost:5000/demo/box:1\nlocalhost:5000/demo/box:1\n`,
    );
    expect(results.slice(4).map((result) => result.stderr)).toEqual([
      'Error response from daemon: manifest for localhost:5000/demo/box:2 not found: manifest unknown: manifest unknown\n',
      'Error response from daemon: manifest for localhost:5000/demo/other:1 not found: manifest unknown: manifest unknown\n',
    ]);
  });

  it('keeps every pushed tag of a repository, and gives the image its registry digest', () => {
    const { results, state } = runLines([
      'docker tag busybox:1.38 localhost:5000/x:1',
      'docker tag busybox:1.38 localhost:5000/x:2',
      'docker push localhost:5000/x:1',
      'docker push localhost:5000/x:2',
      "docker image inspect -f '{{json .RepoDigests}}' busybox:1.38",
      "docker image inspect -f '{{json .RepoDigests}}' nginx:1.30",
    ]);
    const busybox = state.images.find((image) => image.kind === 'busybox')?.id;
    expect(state.registry).toEqual({ x: { '1': busybox, '2': busybox } });
    const digest = 'sha256:cab789399698a969ed21c36a6a2223e9bee95e29052ab472975052e65471504c';
    expect(results.slice(4).map((result) => result.stdout)).toEqual([
      `["busybox@${digest}","localhost:5000/x@${digest}"]\n`,
      `["nginx@${NGINX_DIGEST}"]\n`,
    ]);
  });

  it('is refused by Docker Hub, with a note on the local registry, and needs one argument', () => {
    const { results, state } = runLines(['docker push nginx:1.30', 'docker push']);
    expect(results[0]?.stdout.split('\n').slice(0, 2)).toEqual([
      'The push refers to repository [docker.io/library/nginx]',
      '2b8e4ba4ef86: Preparing',
    ]);
    expect([results[0]?.stderr, results[0]?.exit]).toEqual(['denied: requested access to the resource is denied\n', 1]);
    expect(results[0]?.notes[0]?.text).toContain('docker tag IMAGE localhost:5000/NAME:TAG');
    expect([results[1]?.stderr, results[1]?.exit]).toEqual([
      "docker: 'docker push' requires 1 argument\n\nUsage:  docker push [OPTIONS] NAME[:TAG]\n\nRun 'docker push --help' for more information\n",
      1,
    ]);
    expect(state.registry).toEqual({});
  });

  it('refuses an image it does not have, and changes nothing', () => {
    const { last, state } = runLines(['docker push localhost:5000/nope:1']);
    expect([last.stdout, last.exit, state.registry]).toEqual(['', 1, {}]);
    expect(last.stderr).toContain('nope');
  });
});

describe('rmi', () => {
  it('removes an image by ID when one reference names it', () => {
    const { last, state } = runLines(['docker rmi 86972b09388c']);
    expect(last.stdout).toMatch(
      /^Untagged: busybox:1\.38\nUntagged: busybox@sha256:[0-9a-f]{64}\nDeleted: sha256:86972b09388c/,
    );
    expect(state.images.map((image) => image.kind)).toEqual(['nginx']);
  });

  it('needs an ID forced when several repositories name it, and then removes every tag', () => {
    const { results, state } = runLines([
      'docker tag nginx:1.30 web:1',
      'docker rmi 0c8b438fe73d',
      'docker rmi -f 0c8b',
    ]);
    expect([results[1]?.stderr, results[1]?.exit]).toEqual([
      'Error response from daemon: conflict: unable to delete 0c8b438fe73d (must be forced) - image is referenced in multiple repositories\n',
      1,
    ]);
    expect(results[2]?.stdout).toBe(
      `Untagged: nginx:1.30\nUntagged: nginx@${NGINX_DIGEST}\nUntagged: web:1\nDeleted: sha256:${NGINX_ID}\n`,
    );
    expect(state.images.map((image) => image.kind)).toEqual(['busybox']);
  });

  it('untags a tag of an image others still name, but keeps an image a stopped container uses', () => {
    const { results, state } = runLines([
      'docker tag busybox:1.38 b:2',
      'docker run --name w busybox:1.38 true',
      'docker rmi busybox:1.38',
      'docker rmi b:2',
      'docker rmi -f b:2',
    ]);
    const id = state.containers[0]?.id.slice(0, 12) ?? '';
    expect(results[2]?.stdout).toBe(
      'Untagged: busybox:1.38\nUntagged: busybox@sha256:cab789399698a969ed21c36a6a2223e9bee95e29052ab472975052e65471504c\n',
    );
    expect([results[3]?.stderr, results[3]?.exit]).toEqual([
      `Error response from daemon: conflict: unable to delete 86972b09388c (must be forced) - image is being used by stopped container ${id}\n`,
      1,
    ]);
    expect([results[4]?.stdout, results[4]?.exit]).toEqual(['Untagged: b:2\n', 0]);
    const kept = state.images.find((image) => image.kind === 'busybox');
    expect(kept && [kept.refs, kept.digests]).toEqual([[], []]);
  });

  it('keeps only the digests of the repositories still tagged, and leaves other images alone', () => {
    const { results, state } = runLines([
      'docker tag busybox:1.38 b:2',
      'docker rmi busybox:1.38',
      "docker image inspect -f '{{json .RepoTags}} {{json .RepoDigests}}' b:2",
      'docker tag nginx:1.30 localhost:5000/web:1',
      'docker push localhost:5000/web:1',
      'docker rmi localhost:5000/web:1',
      "docker image inspect -f '{{json .RepoTags}} {{json .RepoDigests}}' nginx:1.30",
    ]);
    expect(results[2]?.stdout).toBe('["b:2"] []\n');
    expect(results[6]?.stdout).toBe(`["nginx:1.30"] ["nginx@${NGINX_DIGEST}"]\n`);
    expect(state.images.map((image) => image.refs)).toEqual([['b:2'], ['nginx:1.30']]);
  });

  it('refuses even with -f an image a running container uses', () => {
    const { last, state } = runLines(['docker run -d --name w nginx:1.30', 'docker rmi -f nginx:1.30']);
    expect(last.stderr).toMatch(/\(cannot be forced\) - image is being used by running container [0-9a-f]{12}\n$/);
    expect(state.images.flatMap((image) => image.refs)).toContain('nginx:1.30');
  });

  it('goes on past a missing image, and needs one', () => {
    const { results } = runLines([
      'docker run -d --name other busybox:1.38 sleep 60',
      'docker rmi nope nginx:1.30',
      'docker rmi',
    ]);
    results.shift();
    expect([results[0]?.stdout, results[0]?.stderr, results[0]?.exit]).toEqual([
      `Untagged: nginx:1.30\nUntagged: nginx@${NGINX_DIGEST}\nDeleted: sha256:${NGINX_ID}\n`,
      'Error response from daemon: No such image: nope\n',
      1,
    ]);
    expect([results[1]?.stderr, results[1]?.exit]).toEqual([
      "docker: 'docker rmi' requires at least 1 argument\n\nUsage:  docker rmi [OPTIONS] IMAGE [IMAGE...]\n\nSee 'docker rmi --help' for more information\n",
      1,
    ]);
  });
});
