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

describe('checkComposeFile, case by case', () => {
  const unknown = (where: string, key: string): string =>
    `Compose file is not valid at ${where}: \`${key}\` is not a Compose key here; check its spelling against the Compose Specification`;
  it.each([
    ['a valid file', 'services:\n  web:\n    image: nginx\n', []],
    [
      'an unknown top-level key',
      'services:\n  web:\n    image: nginx\nvolumez: {}\n',
      [{ line: 4, message: unknown('the file', 'volumez') }],
    ],
    [
      'the first of two unknown keys',
      'services:\n  web:\n    image: nginx\n  db:\n    imagee: x\n    foo: 1\n',
      [{ line: 5, message: unknown('services.db', 'imagee') }],
    ],
    [
      'a value of the wrong type',
      'services:\n  web:\n    image: nginx\n    ports:\n      - 80\n    restart: 5\n',
      [{ line: 6, message: 'Compose file is not valid at services.web.restart: must be string' }],
    ],
    [
      'services that are no map',
      'services: 3\n',
      [{ line: 1, message: 'Compose file is not valid at services: must be object' }],
    ],
    [
      'a file that is a list',
      '- a\n- b\n',
      [{ line: 1, message: 'Compose file is not valid at the file: must be object' }],
    ],
    [
      'a key holding / and ~ on the path',
      'services:\n  web:\n    image: nginx\n    labels:\n      x: "1"\n      "com.x/y~z": [1]\n',
      [
        {
          line: 6,
          message: 'Compose file is not valid at services.web.labels.com.x/y~z: must be string,number,boolean,null',
        },
      ],
    ],
    [
      'a duplicate key',
      'a: 1\na: 2\n',
      [{ line: 2, message: 'YAML does not parse: Map keys must be unique at line 2, column 1:' }],
    ],
  ])('reports %s', (_, source, problems) => {
    expect(checkComposeFile(source)).toEqual(problems);
  });
});

describe('isComposeTitle', () => {
  it('recognises Compose file names, with a folder or a suffix', () => {
    expect(['compose.yaml', 'docker-compose.yml', 'app/compose.prod.yaml'].every(isComposeTitle)).toBe(true);
    expect(isComposeTitle('values.yaml')).toBe(false);
    expect(isComposeTitle(undefined)).toBe(false);
    expect(['mycompose.yaml', 'compose.yaml.bak', 'compose.json', 'docker-compose'].some(isComposeTitle)).toBe(false);
  });
});
