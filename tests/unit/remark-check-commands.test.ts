import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { remarkFailure, runRemark } from './remark-run.ts';
import { remarkCheckCommands } from '../../src/plugins/remark-check-commands.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';

const run = (mdx: string): Promise<string> => runRemark(remarkCheckCommands, mdx);
const failure = (mdx: string): Promise<string> => remarkFailure(remarkCheckCommands, mdx);

describe('remarkCheckCommands', () => {
  for (const fixture of readFixtureCases('remark-check-commands', 'input.mdx')) {
    it(fixture.name, async () => {
      if (fixture.error !== undefined) {
        expect(await failure(fixture.input)).toBe(fixture.error);
        return;
      }
      const actual = await run(fixture.input);
      expect(actual).toBe(recordOutput(fixture, actual));
    });
  }

  it('rejects a cli option that is not an index when created', () => {
    expect(() =>
      unified()
        .use(remarkCheckCommands, { cli: 'x' as never })
        .freeze(),
    ).toThrow('remarkCheckCommands: option "cli" must be a CliIndex from createCliIndex(), got string');
    expect(() =>
      unified()
        .use(remarkCheckCommands, { cli: { commands: [] } as never })
        .freeze(),
    ).toThrow('remarkCheckCommands: option "cli" must be a CliIndex from createCliIndex(), got object');
  });

  it('fails at the column of a fence key the build does not read', async () => {
    expect(await failure('# x\n\nText.\n\n```sh tilte="a"\n$ docker ps\n```\n')).toMatch(
      /^content\/page\.mdx:5:7: Unknown fence key "tilte"\. Did you mean title\?/,
    );
    expect(await failure('# x\n\n   ```yaml  caption="c" legacy wrap\n   a: 1\n   ```\n')).toMatch(
      /^content\/page\.mdx:3:32: Unknown fence key "wrap"\./,
    );
  });

  it('names the rule of each kind of failure, so a build log can be filtered by it', async () => {
    const ruleOf = async (mdx: string) => {
      try {
        await run(mdx);
      } catch (error) {
        const { source, ruleId } = error as { source: string; ruleId: string };
        return `${source}:${ruleId}`;
      }
      return 'no error';
    };
    expect(await ruleOf('```sh foo="a"\n$ docker ps\n```\n')).toBe('remark-check-commands:fence-key');
    expect(await ruleOf('```dockerfile\nRUNN x\n```\n')).toBe('remark-check-commands:dockerfile');
    expect(await ruleOf('```yml title="compose.yaml"\nservices: 3\n```\n')).toBe('remark-check-commands:compose');
    expect(await ruleOf('```text placeholder="name"\nname\n```\n')).toBe('remark-check-commands:placeholder-word');
    expect(await ruleOf('```text placeholder="NAME"\nx\n```\n')).toBe('remark-check-commands:placeholder-unused');
    expect(await ruleOf('```bash\ndocker logs <name>\n```\n')).toBe('remark-check-commands:placeholder-redirect');
  });

  it('checks Compose only in a YAML block titled as a Compose file, and commands only in shell blocks', async () => {
    expect(await run('```yaml title="values.yaml"\nservices: 3\n```\n')).toContain('services: 3');
    expect(await run('```text\ndocker run --no-such-flag x\n```\n')).toContain('--no-such-flag');
    expect(await run('```dockerfile\nFROM x\nRUN true\n```\n')).toContain('RUN true');
  });

  it('names the block’s own language in the fix for a redirect placeholder, and a word for one with no letters', async () => {
    expect(await failure('```console\n$ docker logs <container>\n```\n')).toContain(
      'declare it on the fence, ```console placeholder="CONTAINER"`',
    );
    expect(await failure('```text placeholder="--"\nrun --\n```\n')).toContain(
      'Placeholder "--" is not an UPPER_CASE word: write placeholder="NAME"',
    );
  });
});
