import { describe, expect, it } from 'vitest';
import { checkDockerfile } from '../../../src/lib/content/dockerfile-check.ts';

describe('checkDockerfile', () => {
  it('accepts ARG before FROM', () => {
    expect(checkDockerfile('ARG VERSION=3.22\nFROM alpine:${VERSION}\nRUN true')).toEqual([]);
  });

  it('fails a Dockerfile that does not start with FROM, at the first instruction', () => {
    expect(checkDockerfile('# syntax note\nRUN apk add curl\nFROM alpine')).toEqual([
      { line: 2, message: 'A Dockerfile starts with FROM (only ARG may come before it), not `RUN`' },
    ]);
  });

  it('names an instruction without arguments', () => {
    expect(checkDockerfile('FROM alpine\nWORKDIR')).toEqual([{ line: 2, message: '`WORKDIR` needs arguments' }]);
  });

  it('names an unknown instruction with the nearest one, at its line', () => {
    expect(checkDockerfile('FROM alpine\nCOPPY . .')).toEqual([
      {
        line: 2,
        message:
          'Unknown Dockerfile instruction `COPPY`: did you mean COPY? The instructions are ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER, ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR',
      },
    ]);
    expect(checkDockerfile('FROM alpine\nBANANA x')[0]?.message).toMatch(
      /^Unknown Dockerfile instruction `BANANA`\. The/,
    );
  });

  it('reports a misspelt FROM once, as unknown, and a Dockerfile with no instruction at all', () => {
    expect(checkDockerfile('FORM alpine\nRUN true').map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^Unknown Dockerfile instruction `FORM`: did you mean FROM\?/),
    ]);
    expect(checkDockerfile('# only a comment\n')).toEqual([
      { line: 1, message: 'This Dockerfile has no FROM instruction: start it with one, such as FROM alpine:3.24' },
    ]);
  });

  it('lists problems in line order, whichever check found them', () => {
    expect(checkDockerfile('RUN apk add curl\nBANANA x').map((problem) => problem.line)).toEqual([1, 2]);
  });
});
