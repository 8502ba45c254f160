import { describe, expect, test } from 'vitest';
import { CLI_DATA } from '../../../src/node/cli-data.ts';
import { toSearchVocabulary, type VocabularyPage } from '../../../src/lib/search/vocabulary.ts';

const page = (slug: string, body: string): VocabularyPage => ({
  file: `content/${slug}.mdx`,
  slug,
  title: slug.toUpperCase(),
  source: `---\ntitle: ${slug}\n---\n${body}`,
});

const ERROR = '```answers\nerror: No such container: web\nfix: List them all with docker ps -a.\n```';

describe('toSearchVocabulary', () => {
  test('lists every command with its aliases, and every flag with the commands that take it', () => {
    const { vocabulary } = toSearchVocabulary(CLI_DATA, []);
    expect(vocabulary.commands).toContainEqual(expect.arrayContaining(['docker container ls', 'docker ps']));
    const ls = vocabulary.commands.findIndex(([path]) => path === 'docker container ls');
    const all = vocabulary.flags.find(([name]) => name === '--all');
    expect(all?.[1]).toBe('-a');
    expect(all?.[2]).toContain(ls);
    expect(vocabulary.words).toContain('container');
  });

  test('maps each declared error and question to its section, with the heading and page titles', () => {
    const { vocabulary, problems } = toSearchVocabulary(CLI_DATA, [
      page(
        'container',
        `## Listing {/* #listing */}\n${ERROR}\n\`\`\`answers\nquestion: How do I list containers?\n\`\`\``,
      ),
    ]);
    expect(problems).toEqual([]);
    const section = { href: '/container/#listing', title: 'Listing', page: 'CONTAINER' };
    expect(vocabulary.errors['no-such-container']).toEqual(section);
    expect(vocabulary.questions).toEqual([['How do I list containers?', section]]);
    expect(vocabulary.words).toContain('listing');
  });

  test('an error declared on two pages is refused at the second, naming the first', () => {
    const { problems } = toSearchVocabulary(CLI_DATA, [
      page('container', `## Listing {/* #listing */}\n${ERROR}`),
      page('volume', `Intro.\n\n${ERROR}`),
    ]);
    expect(problems).toEqual([
      {
        file: 'content/volume.mdx',
        line: 7,
        message: expect.stringMatching(
          /^The error "No such container: web" is already declared at content\/container\.mdx:6: declare it once/,
        ) as string,
      },
    ]);
  });
});
