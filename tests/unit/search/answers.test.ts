import { describe, expect, test } from 'vitest';
import { readAnswers, scanAnswers } from '../../../src/lib/search/answers.ts';
import { DOCKER_ERRORS, toDockerError } from '../../../src/lib/search/docker-errors.ts';

describe('toDockerError', () => {
  test.each(DOCKER_ERRORS.map((error) => [error.id, error.example]))('%s matches its own example', (id, example) =>
    expect(toDockerError(example)?.id).toBe(id),
  );
  test.each([
    ['docker: Error response from daemon: Bind for [::]:443 failed: port is already allocated.', 'port-allocated'],
    ['Error: No such container: web', 'no-such-container'],
    [
      'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock',
      'socket-permission-denied',
    ],
    ['pull access denied for my-app, repository does not exist or may require ‘docker login’', 'pull-access-denied'],
    [
      'Error response from daemon: manifest for nginx:latestt not found: manifest unknown: manifest unknown',
      'manifest-not-found',
    ],
    [
      'Error response from daemon: failed to resolve reference "docker.io/library/nginx:latestt": docker.io/library/nginx:latestt: not found',
      'manifest-not-found',
    ],
    ["unknown shorthand flag: 'n' in -n\nSee 'docker image ls --help'.", 'unknown-flag'],
    ['unknown flag: --names', 'unknown-flag'],
    ["The command '/bin/sh -c npm install' returned a non-zero code: 1", 'build-step-failed'],
    [
      'ERROR: failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 2',
      'build-step-failed',
    ],
    ['ERROR: failed to solve: failed to compute cache key: "/app.py": not found', 'build-source-not-found'],
  ])('%s → %s, whatever its names, addresses and quotes', (text, id) => expect(toDockerError(text)?.id).toBe(id));
  test.each([
    'port is allocated',
    'how do I remove a volume that is in use',
    'No such thing',
    'manifest not found',
    'unknown flag',
    'failed to compute cache key: failed to resolve source metadata for docker.io/library/nod:22: not found',
  ])('%s is no Docker error', (text) => expect(toDockerError(text)).toBeUndefined());
});

describe('readAnswers', () => {
  test('reads errors with their fixes and questions, each at its page line', () => {
    const { declared, problems } = readAnswers(
      [
        'error: Bind for 0.0.0.0:8080 failed: port is already allocated',
        'fix: Another container publishes host port 8080: pick another one.',
        '',
        'question: How do I publish a port on localhost only?',
      ].join('\n'),
      10,
    );
    expect(problems).toEqual([]);
    expect(declared).toEqual([
      {
        kind: 'error',
        text: 'Bind for 0.0.0.0:8080 failed: port is already allocated',
        id: 'port-allocated',
        fix: 'Another container publishes host port 8080: pick another one.',
        line: 10,
      },
      { kind: 'question', text: 'How do I publish a port on localhost only?', line: 13 },
    ]);
  });

  test.each([
    [
      'error: port is taken\nfix: Use another port, please.',
      1,
      /"port is taken" is not a message Docker prints: copy it exactly from Docker's output/,
    ],
    [
      'error: No such container: <name>\nfix: List them with docker ps.',
      1,
      /has a <placeholder>: write the message as Docker prints it, with a real name/,
    ],
    ['error: No such container: web', 1, /has no fix: add a line "fix: …" below it/],
    ['error: No such container: web\nfix: ', 2, /fix for "No such container: web" is empty or too short/],
    ['fix: Stop the other container first.', 1, /A "fix:" line must follow the "error:" line it answers/],
    ['question:', 1, /A "question:" line is empty: write the question as a reader would ask it/],
    ['question: ports', 1, /is not a question: write it as a reader asks it, three words or more, ending with "\?"/],
    [
      'question: How do I publish ports?\nquestion: how do I publish ports?',
      2,
      /declared twice \(first at line 1\): keep one/,
    ],
    [
      'error: No such container: web\nfix: List them with docker ps.\nerror: No such container: db\nfix: List them all.',
      3,
      /declared twice \(first at line 1\)/,
    ],
    ['answer: yes', 1, /is not an answers line: start it with "error:", "fix:" or "question:"/],
  ])('%j fails at line %i', (body, line, message) => {
    const [problem] = readAnswers(body, 1).problems;
    expect(problem?.line).toBe(line);
    expect(problem?.message).toMatch(message);
  });

  test('reports an error line it refuses once, not again at the fix line under it', () => {
    const refused = readAnswers('error: port is taken\nfix: Use another port, please.', 1).problems;
    expect(refused.map((problem) => problem.line)).toEqual([1]);
    const twice = readAnswers(
      'error: No such container: web\nfix: List them with docker ps.\nerror: No such container: db\nfix: List them all, please.',
      1,
    ).problems;
    expect(twice.map((problem) => problem.line)).toEqual([3]);
    // A fix line with no error above it at all is still a problem.
    const stray = readAnswers('error: port is taken\nfix: Use another port.\nfix: And again, please.', 1).problems;
    expect(stray.map((problem) => problem.line)).toEqual([1, 3]);
  });
});

describe('scanAnswers', () => {
  test('places each declaration in the section of the heading above it, by its pinned anchor', () => {
    const source = [
      '---',
      'title: Networks',
      '---',
      'Intro.',
      '```answers',
      'question: How do networks work here?',
      '```',
      '## Publishing ports {/* #publishing-ports */}',
      '```sh',
      '## not a heading inside a fence',
      '```',
      '```answers',
      'error: Bind for 0.0.0.0:80 failed: port is already allocated',
      'fix: Pick another host port, or stop the other container.',
      '```',
      '### Without a pin',
      '````answers',
      'question: What has no pinned anchor here?',
      '````',
    ].join('\n');
    const { declared, problems } = scanAnswers(source);
    expect(problems).toEqual([]);
    expect(declared.map(({ anchor, heading, line }) => ({ anchor, heading, line }))).toEqual([
      { anchor: '', heading: '', line: 6 },
      { anchor: 'publishing-ports', heading: 'Publishing ports', line: 13 },
      { anchor: 'without-a-pin', heading: 'Without a pin', line: 18 },
    ]);
  });
});
