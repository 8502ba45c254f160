/**
 * The example images the pages use, declared once in src/data/example-images.json: each image's
 * current tag (what `{{image:NAME}}` in a snippet becomes) and the tags its official-images entry
 * lists, so a snippet that names a tag Docker Hub no longer publishes fails the build.
 */

/** One example image: the tag the pages show and every tag that is published today. */
export interface ExampleImage {
  /** The tag `{{image:NAME}}` expands to, such as `1.30`. */
  current: string;
  /** Tags listed in the image's official-images file when the data was refreshed. */
  tags: readonly string[];
}

/** The whole data file. */
export interface ExampleImages {
  /** Where the tag lists come from (repository, file, commit). */
  source: string;
  /** The day the tag lists were refreshed, YYYY-MM-DD. */
  checked: string;
  images: Record<string, ExampleImage>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Validates parsed JSON as example-image data, naming the first wrong field.
 * @throws TypeError naming the field and what it must be.
 */
export function toExampleImages(value: unknown): ExampleImages {
  if (!isRecord(value) || typeof value['source'] !== 'string' || typeof value['checked'] !== 'string') {
    throw new TypeError('example images: expected an object with "source", "checked" and "images"');
  }
  const images = value['images'];
  if (!isRecord(images)) throw new TypeError('example images: "images" must be an object keyed by image name');
  const checked: Record<string, ExampleImage> = {};
  for (const [name, image] of Object.entries(images)) {
    if (!isRecord(image) || typeof image['current'] !== 'string' || !isStringArray(image['tags'])) {
      throw new TypeError(`example images: "${name}" needs "current" (a tag) and "tags" (a list of tags)`);
    }
    if (!image['tags'].includes(image['current'])) {
      throw new TypeError(
        `example images: "${name}" has current tag "${image['current']}", which "tags" does not list`,
      );
    }
    checked[name] = { current: image['current'], tags: image['tags'] };
  }
  return { source: value['source'], checked: value['checked'], images: checked };
}

/**
 * Returns every tag of an official-images library file (its `Tags:` and `SharedTags:` lines).
 * @example readOfficialTags('Tags: 1.30.4, stable, 1.30\n') // ['1.30.4', 'stable', '1.30']
 */
export function readOfficialTags(library: string): string[] {
  const tags = new Set<string>();
  for (const line of library.split('\n')) {
    const match = /^(?:Shared)?Tags:\s*(.*)$/.exec(line);
    for (const tag of match?.[1]?.split(',') ?? []) if (tag.trim()) tags.add(tag.trim());
  }
  return [...tags];
}

/** `{{image:NAME}}`: the name of a declared example image, expanded to `NAME:TAG`. */
const IMAGE_TOKEN = /\{\{image:([a-z0-9][a-z0-9._-]*)\}\}/g;

/** A problem with one example image in a snippet, at its offset in the text. */
export interface ImageProblem {
  offset: number;
  message: string;
  ruleId: 'unknown-example-image' | 'unsupported-tag';
}

/**
 * Expands each `{{image:NAME}}` to `NAME:TAG` with the declared current tag.
 * @returns The expanded text and a problem for each token that names no declared image.
 * @example expandImageTokens('docker run {{image:nginx}}', data).text // 'docker run nginx:1.30'
 */
export function expandImageTokens(text: string, data: ExampleImages): { text: string; problems: ImageProblem[] } {
  const problems: ImageProblem[] = [];
  const expanded = text.replace(IMAGE_TOKEN, (token, name: string, offset: number) => {
    const image = data.images[name];
    if (image) return `${name}:${image.current}`;
    problems.push({
      offset,
      ruleId: 'unknown-example-image',
      message: `${token} names no example image; declare "${name}" in src/data/example-images.json or use one of: ${Object.keys(data.images).join(', ')}`,
    });
    return token;
  });
  return { text: expanded, problems };
}

/** `name:tag` of an image reference with no registry or namespace, as the pages write them. */
const IMAGE_REFERENCE = /(?<![\w./:@-])([a-z0-9][a-z0-9._-]*):([A-Za-z0-9_][A-Za-z0-9._-]{0,127})(?![\w.:/@-])/g;

/**
 * Finds references to declared example images whose tag is not published any more.
 * @example findUnsupportedTags('FROM nginx:1.27', data)[0]?.message // 'nginx:1.27 is not a tag …'
 */
export function findUnsupportedTags(text: string, data: ExampleImages): ImageProblem[] {
  const problems: ImageProblem[] = [];
  for (const match of text.matchAll(IMAGE_REFERENCE)) {
    const [reference, name = '', tag = ''] = match;
    const image = data.images[name];
    if (!image || image.tags.includes(tag)) continue;
    problems.push({
      offset: match.index,
      ruleId: 'unsupported-tag',
      message: `${reference} is not a tag the official ${name} image publishes (src/data/example-images.json, ${data.checked}); write {{image:${name}}} for ${name}:${image.current}, or a listed tag`,
    });
  }
  return problems;
}
