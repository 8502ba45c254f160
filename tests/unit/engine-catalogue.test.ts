import { describe, expect, it } from 'vitest';
import committed from '../../src/data/example-images.json' with { type: 'json' };
import { CATALOGUE } from '../../src/lib/engine/catalogue.ts';
import { toExampleImages } from '../../src/lib/content/example-images.ts';

/** The playground's images agree with the tags the pages use (src/data/example-images.json). */
const images = toExampleImages(committed).images;

describe('image catalogue', () => {
  for (const entry of CATALOGUE.filter((item) => item.name !== 'demo/app')) {
    it(`${entry.name}: its first tag is the pages' current tag, and every tag is published`, () => {
      const declared = images[entry.name];
      expect(declared, `${entry.name} is missing from src/data/example-images.json`).toBeDefined();
      expect(entry.versions[0]?.tags).toContain(declared?.current);
      for (const tag of entry.versions.flatMap((version) => version.tags))
        expect(declared?.tags, `${entry.name}:${tag}`).toContain(tag);
    });
  }
  it('gives each tag one image', () => {
    for (const entry of CATALOGUE) {
      const tags = entry.versions.flatMap((version) => version.tags);
      expect(new Set(tags).size, entry.name).toBe(tags.length);
    }
  });
});
