import { describe, expect, it } from 'vitest';
import { checkComposeFile, checkDockerfile, isComposeTitle } from '../../../src/lib/content/snippet-files.ts';

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
});

describe('checkComposeFile', () => {
  it('points at the line of an unknown key', () => {
    expect(checkComposeFile('services:\n  web:\n    image: nginx\n    port: 80')).toEqual([
      {
        line: 4,
        message:
          'Compose file is not valid at services.web: `port` is not a Compose key here; check its spelling against the Compose Specification',
      },
    ]);
  });

  it('reports YAML that does not parse at its line', () => {
    const [problem] = checkComposeFile('services:\n  web:\n    image: "nginx\n');
    expect(problem?.message).toMatch(/^YAML does not parse: /);
  });
});

describe('isComposeTitle', () => {
  it('recognises Compose file names, with a folder or a suffix', () => {
    expect(['compose.yaml', 'docker-compose.yml', 'app/compose.prod.yaml'].every(isComposeTitle)).toBe(true);
    expect(isComposeTitle('values.yaml')).toBe(false);
    expect(isComposeTitle(undefined)).toBe(false);
  });
});
