import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJson, readJsonFile } from '../../../src/node/json-file.ts';

const QUERIES = z.object({ queries: z.array(z.object({ query: z.string(), rank: z.number().optional() })) });

describe('parseJson', () => {
  it('returns the data when it has the shape, typed by the schema', () => {
    expect(parseJson('{"queries":[{"query":"ports","rank":1}]}', QUERIES, 'q.json')).toEqual({
      queries: [{ query: 'ports', rank: 1 }],
    });
  });

  it('names the source and the place of each part that does not fit', () => {
    expect(() => parseJson('{"queries":[{"query":"a"},{"query":3,"rank":"1"}]}', QUERIES, 'q.json')).toThrow(
      'q.json: not the expected shape:\n  at queries[1].query: Invalid input: expected string, received number\n' +
        '  at queries[1].rank: Invalid input: expected number, received string',
    );
    expect(() =>
      parseJson('{"files":{"src/a.ts":1}}', z.object({ files: z.record(z.string(), z.string()) }), 'r.json'),
    ).toThrow(
      'r.json: not the expected shape:\n  at files["src/a.ts"]: Invalid input: expected string, received number',
    );
    expect(() => parseJson('[]', QUERIES, 'q.json')).toThrow(
      'q.json: not the expected shape:\n  at the top level: Invalid input: expected object, received array',
    );
  });

  it('lists five problems and counts the rest', () => {
    const many = JSON.stringify({ queries: Array.from({ length: 7 }, () => ({ query: 1 })) });
    const message = (() => {
      try {
        parseJson(many, QUERIES, 'q.json');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    })();
    expect(message.split('\n')).toHaveLength(7);
    expect(message).toMatch(/\n {2}and 2 more$/);
  });

  it('names the source of text that is not JSON', () => {
    expect(() => parseJson('{"queries": [', QUERIES, 'the report (stderr)')).toThrow(
      /^the report \(stderr\): not valid JSON: /,
    );
  });
});

describe('readJsonFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file and names it in the message', () => {
    const file = join(dir, 'set.json');
    writeFileSync(file, '{"queries":[{"query":"volumes"}]}');
    expect(readJsonFile(file, QUERIES).queries[0]?.query).toBe('volumes');
    writeFileSync(file, '{"queries":{}}');
    expect(() => readJsonFile(file, QUERIES)).toThrow(`${file}: not the expected shape:\n  at queries: Invalid input`);
  });
});
