/**
 * Rewrites src/data/example-images.json from a checkout of docker-library/official-images:
 * for each example image, the tags its `library/<name>` file lists today. The current tag of
 * each image (what `{{image:NAME}}` in a snippet becomes) is kept as it is unless it is no
 * longer listed, which is reported so a person chooses the next one.
 *
 *   npm run example-images -- /path/to/official-images [commit]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readOfficialTags, type ExampleImages } from '../src/lib/content/example-images.ts';
import { readJsonFile } from '../src/node/json-file.ts';

const DATA = 'src/data/example-images.json';
const [checkout, commit = 'unknown'] = process.argv.slice(2);
if (!checkout) {
  console.error('usage: npm run example-images -- <official-images checkout> [commit]');
  process.exit(2);
}

/**
 * The data file's shape, without toExampleImages' rule that each current tag is listed: a refresh
 * may start from tag lists that no longer hold it. An image's other fields are kept as they are.
 */
const STORED = z.object({
  source: z.string(),
  checked: z.string(),
  images: z.record(z.string(), z.looseObject({ current: z.string(), tags: z.array(z.string()) })),
});

const data = readJsonFile(DATA, STORED);
const stale: string[] = [];
const images: ExampleImages['images'] = {};
for (const [name, image] of Object.entries(data.images)) {
  const tags = readOfficialTags(readFileSync(join(checkout, 'library', name), 'utf8'));
  if (!tags.includes(image.current)) stale.push(`${name}:${image.current}`);
  images[name] = { ...image, tags };
}
const next: ExampleImages = {
  source: `docker-library/official-images library/<name> at ${commit}`,
  checked: new Date().toISOString().slice(0, 10),
  images,
};
writeFileSync(DATA, `${JSON.stringify(next, null, 2)}\n`);
if (stale.length > 0) {
  console.error(`no longer listed, choose a new current tag in ${DATA}: ${stale.join(', ')}`);
  process.exit(1);
}
