import { describe, expect, it } from 'vitest';
import { findLesson, LESSONS } from '../../../src/lib/engine/lessons.ts';
import { createSession, runLine, toGoals, type Session } from '../../../src/lib/engine/session.ts';
import { ENGINE_CLI } from './replay.ts';

/**
 * The lessons' goals, one at a time: which are met after each line of the solution, and lines
 * that come close to a goal without meeting it.
 */

const metAfter = (session: Session): string =>
  toGoals(session)
    .map((goal) => (goal.met ? '1' : '0'))
    .join('');

function play(id: string, lines: readonly string[]): string[] {
  let session = createSession(ENGINE_CLI, findLesson(id));
  const rows = [metAfter(session)];
  for (const line of lines) {
    session = runLine(session, line, ENGINE_CLI).session;
    rows.push(metAfter(session));
  }
  return rows;
}

describe('each goal is met by its own step of the solution', () => {
  it.each([
    ['publish-a-port', ['0', '1']],
    ['keep-data', ['000', '100', '110', '111']],
    ['share-a-volume', ['00', '00', '11']],
    ['talk-by-name', ['00', '00', '10', '11']],
    ['port-already-allocated', ['0', '0', '1']],
    ['clean-up', ['000', '100', '110', '111']],
    ['local-registry', ['00', '00', '10', '10', '11']],
    ['restart-policy', ['000', '110', '111']],
    ['compose-up-down', ['000', '101', '101', '111']],
    ['postgres-environment', ['00', '00', '10', '10', '11']],
  ])('%s: goals met after each line %j', (id, rows) => {
    expect(play(id, findLesson(id)?.solution ?? [])).toEqual(rows);
  });

  it('covers every lesson', () => {
    expect(LESSONS).toHaveLength(10);
  });
});

describe('lines that come close to a goal do not meet it', () => {
  it.each([
    ['publish-a-port', ['docker run -d -p 8081:80 nginx:1.30', 'docker create -p 8080:80 nginx:1.30'], '0'],
    ['publish-a-port', ['docker run -d -p 8080:8080 nginx:1.30'], '0'],
    [
      'share-a-volume',
      [
        'docker run -d --name app -v shared:/data busybox:1.38 sleep 3600',
        'docker run -d --name backup -v other:/data busybox:1.38 sleep 3600',
      ],
      '10',
    ],
    [
      'share-a-volume',
      [
        'docker run -d --name app -v shared:/data busybox:1.38 sleep 3600',
        'docker create --name backup -v shared:/data busybox:1.38 sleep 3600',
      ],
      '01',
    ],
    ['talk-by-name', ['docker run --rm busybox:1.38 ping -c1 web'], '00'],
    ['clean-up', ['docker volume rm db', 'docker network rm backend'], '000'],
    [
      'restart-policy',
      ['docker run -d --name flaky --restart always busybox:1.38 sleep 60', 'docker inspect flaky'],
      '001',
    ],
    [
      'keep-data',
      ['docker volume create notes', 'docker run --rm -v notes:/data busybox:1.38 cat /data/hello.txt'],
      '000',
    ],
    ['postgres-environment', ['docker logs nope', 'docker run -d --name db postgres:18'], '10'],
    ['compose-up-down', ['docker compose up -d', 'docker compose down -v'], '110'],
    [
      'local-registry',
      [
        'docker tag busybox:1.38 localhost:5000/tools/busybox:2',
        'docker push localhost:5000/tools/busybox:2',
        'docker pull localhost:5000/tools/busybox:2',
      ],
      '00',
    ],
  ])('%s after %j: %s', (id, lines, met) => {
    expect(play(id, lines).at(-1)).toBe(met);
  });
});
