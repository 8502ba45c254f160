import { describe, expect, it } from 'vitest';
import { checkComposeFile, isComposeTitle } from '../../../src/lib/content/snippet-files.ts';

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
