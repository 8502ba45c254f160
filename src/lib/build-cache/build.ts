import { DockerfileParser } from 'dockerfile-ast';
import { checkDockerfile } from '../content/dockerfile-check.ts';
import { isIgnored, readIgnoreRules } from './ignore.ts';

/**
 * A layer-cache simulator with BuildKit's rules, as Docker documents them (docs.docker.com
 * build/cache/invalidation and the Dockerfile reference, "Impact on build caching"):
 * - a step's cache key is its parent's key and its instruction text;
 * - COPY and ADD also key on the content (not the timestamps) of the files they copy, after
 *   .dockerignore; COPY --from keys on the result of the stage it copies from;
 * - RUN keys on its command string only, plus the build arguments in scope (they are its
 *   environment), so `RUN apt-get update` does not run again by itself;
 * - a miss makes every later step of the stage miss, since their parent changed;
 * - stages the target does not need are skipped;
 * - `RUN --mount=type=cache` keys on its text like any RUN: the cache mount's contents are not
 *   part of the key.
 * Pure: no I/O, deterministic, runs in Node and in the browser.
 */

/** One file of the build context. */
export interface ContextFile {
  path: string;
  content: string;
}

/** What one build is asked to do. */
export interface BuildInput {
  dockerfile: string;
  files: readonly ContextFile[];
  /** `--build-arg NAME=value`s. */
  buildArgs?: Readonly<Record<string, string>>;
  /** `--target STAGE`; the last stage by default. */
  target?: string;
}

/** One instruction of a build, with whether it ran and why. */
export interface BuildStep {
  stage: string;
  line: number;
  instruction: string;
  keyword: string;
  status: 'CACHED' | 'RUN' | 'BASE' | 'SKIPPED';
  reason: string;
  /** A filesystem layer, a change to the image config only, or the base image. */
  layer: 'filesystem' | 'metadata' | 'base' | 'none';
  /** Bytes a COPY or ADD adds (the files' content). */
  bytes?: number;
  key: string;
  /** What the key was made of, to explain a miss against the previous build. */
  parts: KeyParts;
}

interface KeyParts {
  parent: string;
  text: string;
  files?: Readonly<Record<string, string>>;
  args?: Readonly<Record<string, string>>;
  from?: string;
}

/** A build's steps, the final image's layers, and problems that stopped it. */
export interface BuildResult {
  steps: BuildStep[];
  /** The layers of the target image, base first: the steps of its stage chain. */
  image: BuildStep[];
  problems: { line: number; message: string }[];
}

/** Largest Dockerfile and context the playground takes, so a paste cannot freeze the page. */
export const LIMITS = { dockerfileBytes: 1_000_000, files: 500, fileBytes: 1_000_000 } as const;

/** FNV-1a, 32-bit, as 8 hex digits: a stable fingerprint, not a security hash. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  // Stryker disable next-line EqualityOperator: one more round changes every key alike, and keys are only compared
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  // Stryker disable next-line StringLiteral: padding changes every key alike, and keys are only compared
  return value.toString(16).padStart(8, '0');
}

const METADATA = new Set([
  'ARG',
  'CMD',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
]);

interface Instruction {
  line: number;
  keyword: string;
  text: string;
  args: string;
  flags: Record<string, string>;
}

interface Stage {
  name: string;
  base: string;
  from: Instruction;
  body: Instruction[];
}

function readStages(dockerfile: string): {
  stages: Stage[];
  globalArgs: Instruction[];
} {
  const parsed = DockerfileParser.parse(dockerfile);
  const stages: Stage[] = [];
  const globalArgs: Instruction[] = [];
  for (const instruction of parsed.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    const line = instruction.getRange().start.line + 1;
    const args = instruction.getArgumentsContent() ?? '';
    const flags: Record<string, string> = {};
    for (const flag of 'getFlags' in instruction
      ? (instruction as { getFlags(): { getName(): string; getValue(): string | null }[] }).getFlags()
      : []) {
      flags[flag.getName()] = flag.getValue() ?? '';
    }
    const text = dockerfile
      .split('\n')
      .slice(line - 1, instruction.getRange().end.line + 1)
      .join('\n')
      .replace(/\\\n\s*/g, '')
      .trim();
    const item: Instruction = { line, keyword, text, args, flags };
    if (keyword === 'FROM') {
      const [image = '', as, name] = args.split(/\s+/);
      stages.push({
        name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length),
        base: image,
        from: item,
        body: [],
      });
    } else if (stages.length === 0) globalArgs.push(item);
    else stages.at(-1)!.body.push(item);
  }
  return { stages, globalArgs };
}

/** The stages a target needs: itself, its base stage and the stages it copies from, transitively. */
function neededStages(stages: readonly Stage[], target: Stage): Set<string> {
  const needed = new Set<string>();
  const visit = (stage: Stage | undefined): void => {
    if (!stage || needed.has(stage.name)) return;
    needed.add(stage.name);
    visit(stages.find((other) => other.name === stage.base));
    for (const item of stage.body)
      if (item.flags['from'] !== undefined) visit(stages.find((other) => other.name === item.flags['from']));
  };
  visit(target);
  return needed;
}

/** Files a COPY or ADD source names, relative to the context: `.`, a file, a directory or a glob. */
function matchFiles(sources: readonly string[], files: readonly ContextFile[]): ContextFile[] {
  const patterns = sources.map((source) => source.replace(/^\.\//, '').replace(/\/+$/, ''));
  return files.filter((file) =>
    patterns.some((pattern) => {
      if (pattern === '.' || pattern === '' || pattern === '*') return true;
      const glob = new RegExp(
        `^${pattern
          .replace(/[.+^${}()|\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]')}(?:/.*)?$`,
      );
      return glob.test(file.path);
    }),
  );
}

function sourcesOf(args: string): string[] {
  const trimmed = args.trim();
  // Stryker disable next-line ConditionalExpression,StringLiteral: only a JSON array parses; other text reaches the shell form either way
  if (trimmed.startsWith('[')) {
    try {
      const list = JSON.parse(trimmed) as unknown;
      if (Array.isArray(list)) return list.slice(0, -1).map(String);
    } catch {
      // Not JSON: read it as the shell form below.
    }
  }
  return trimmed.split(/\s+/).slice(0, -1);
}

function referencedArgs(text: string, scope: Readonly<Record<string, string>>): Record<string, string> {
  const used: Record<string, string> = {};
  for (const [name, value] of Object.entries(scope)) if (new RegExp(`\\$\\{?${name}\\b`).test(text)) used[name] = value;
  return used;
}

const sizeOf = (text: string): number => new TextEncoder().encode(text).length;

/** Says why a step missed the cache, against the same step of the previous build. */
function toMissReason(parts: KeyParts, previous: BuildStep | undefined): string {
  if (!previous) return 'first build of this step: nothing cached yet';
  if (previous.parts.text !== parts.text) return 'the instruction changed';
  // An earlier step that ran has a key the cache lacked, so its successor's parent differs too.
  if (previous.parts.parent !== parts.parent) return 'an earlier step rebuilt';
  if (parts.from !== undefined && previous.parts.from !== parts.from) return 'the stage it copies from rebuilt';
  const changedFiles = [...new Set([...Object.keys(parts.files ?? {}), ...Object.keys(previous.parts.files ?? {})])]
    .filter((path) => parts.files?.[path] !== previous.parts.files?.[path])
    .sort();
  if (changedFiles.length > 0) {
    const shown = changedFiles.slice(0, 3).join(', ');
    const more = changedFiles.length > 3 ? ` and ${changedFiles.length - 3} more` : '';
    return `${shown}${more} changed`;
  }
  const changedArgs = Object.keys({ ...parts.args, ...previous.parts.args }).filter(
    (name) => parts.args?.[name] !== previous.parts.args?.[name],
  );
  if (changedArgs.length > 0) return `the build argument ${changedArgs.join(', ')} changed`;
  return 'not in the cache';
}

function toHitReason(keyword: string, parts: KeyParts): string {
  if (parts.files) return 'same instruction, same parent, and the copied files have the same content';
  if (parts.from !== undefined) return 'same instruction, and the stage it copies from did not change';
  if (keyword === 'RUN')
    return 'same command string on the same parent: the builder does not look at what the command would do';
  return 'same instruction on the same parent';
}

/**
 * Simulates one build against the cache of earlier builds.
 * @param cache Keys of every step built before (a later build can hit any of them).
 * @param previous The build before this one, to say why a step missed.
 */
export function simulateBuild(input: BuildInput, cache: ReadonlySet<string>, previous?: BuildResult): BuildResult {
  if (input.dockerfile.length > LIMITS.dockerfileBytes) {
    return {
      steps: [],
      image: [],
      problems: [
        {
          line: 1,
          message: `The Dockerfile is over ${LIMITS.dockerfileBytes / 1_000_000} MB; the playground builds smaller ones`,
        },
      ],
    };
  }
  if (input.files.length > LIMITS.files) {
    return {
      steps: [],
      image: [],
      problems: [
        {
          line: 1,
          message: `The build context has ${input.files.length} files; the playground takes up to ${LIMITS.files}`,
        },
      ],
    };
  }
  // The build's own check of Dockerfile snippets, so the playground refuses exactly what a page may not show.
  const problems = checkDockerfile(input.dockerfile);
  if (problems.length > 0) return { steps: [], image: [], problems };
  const { stages, globalArgs } = readStages(input.dockerfile);
  const target = input.target === undefined ? stages.at(-1)! : stages.find((stage) => stage.name === input.target);
  if (!target)
    return {
      steps: [],
      image: [],
      problems: [
        {
          line: 1,
          message: `No stage named "${input.target}"; the stages are ${stages.map((stage) => stage.name).join(', ')}`,
        },
      ],
    };

  const ignore = readIgnoreRules(input.files.find((file) => file.path === '.dockerignore')?.content ?? '');
  // The Dockerfile sits in the context too, unless .dockerignore leaves it out: COPY . . copies it.
  const withDockerfile = input.files.some((file) => file.path === 'Dockerfile')
    ? input.files
    : [...input.files, { path: 'Dockerfile', content: input.dockerfile }];
  const context = withDockerfile.filter((file) => !isIgnored(file.path, ignore));
  const buildArgs = input.buildArgs ?? {};
  const needed = neededStages(stages, target);
  const results = new Map<string, { key: string; chain: BuildStep[] }>();
  const steps: BuildStep[] = [];
  const previousSteps = previous?.steps ?? [];
  const globalScope: Record<string, string> = {};
  for (const arg of globalArgs) {
    const [name = '', fallback = ''] = arg.args.split('=');
    globalScope[name] = buildArgs[name] ?? fallback;
  }

  for (const stage of stages) {
    if (!needed.has(stage.name)) {
      for (const item of [stage.from, ...stage.body]) {
        steps.push({
          stage: stage.name,
          line: item.line,
          instruction: item.text,
          keyword: item.keyword,
          status: 'SKIPPED',
          reason: 'the target does not need this stage, so BuildKit does not build it',
          layer: 'none',
          key: '',
          parts: { parent: '', text: item.text },
        });
      }
      continue;
    }
    const baseStage = results.get(stage.base);
    const baseImage = stage.base.replace(/\$\{?(\w+)\}?/g, (_, name: string) => globalScope[name] ?? '');
    const fromKey = baseStage ? baseStage.key : hash(`from:${baseImage}`);
    const fromStep: BuildStep = {
      stage: stage.name,
      line: stage.from.line,
      instruction: stage.from.text,
      keyword: 'FROM',
      status: 'BASE',
      reason: baseStage
        ? `starts from the result of stage ${stage.base}`
        : `the base image ${baseImage}: pulled once, then used from the local store`,
      layer: 'base',
      key: fromKey,
      parts: { parent: '', text: stage.from.text },
    };
    steps.push(fromStep);
    const chain: BuildStep[] = [...(baseStage?.chain ?? []), fromStep];
    let parent = fromKey;
    const scope: Record<string, string> = {};
    stage.body.forEach((item, index) => {
      let parts: KeyParts = { parent, text: item.text };
      let bytes: number | undefined;
      if (item.keyword === 'ARG') {
        const [name = '', fallback] = item.args.split('=');
        scope[name] = buildArgs[name] ?? fallback ?? globalScope[name] ?? '';
      } else if (item.keyword === 'RUN') {
        parts = { ...parts, args: { ...scope } };
      } else if ((item.keyword === 'COPY' || item.keyword === 'ADD') && item.flags['from'] !== undefined) {
        const source = results.get(item.flags['from']);
        parts = { ...parts, from: source?.key ?? hash(`image:${item.flags['from']}`) };
      } else if (item.keyword === 'COPY' || item.keyword === 'ADD') {
        const copied = matchFiles(sourcesOf(item.args), context);
        parts = { ...parts, files: Object.fromEntries(copied.map((file) => [file.path, hash(file.content)])) };
        bytes = copied.reduce((sum, file) => sum + sizeOf(file.content), 0);
      } else {
        // Keyed on the build arguments it names (none for most): ENV V=$A reruns when A changes.
        parts = { ...parts, args: referencedArgs(item.text, scope) };
      }
      const key = hash(JSON.stringify(parts));
      const hit = cache.has(key);
      const before = previousSteps.filter((step) => step.stage === stage.name && step.keyword !== 'FROM')[index];
      const layer =
        METADATA.has(item.keyword) || (item.keyword === 'WORKDIR' && item.args.trim() === '/')
          ? 'metadata'
          : 'filesystem';
      const step: BuildStep = {
        stage: stage.name,
        line: item.line,
        instruction: item.text,
        keyword: item.keyword,
        status: hit ? 'CACHED' : 'RUN',
        reason: hit ? toHitReason(item.keyword, parts) : toMissReason(parts, before),
        layer,
        ...(bytes === undefined ? {} : { bytes }),
        key,
        parts,
      };
      steps.push(step);
      chain.push(step);
      parent = key;
    });
    results.set(stage.name, { key: parent, chain });
  }
  return {
    steps,
    // The base image's layers, then every layer above them: a stage that starts from another
    // stage stacks on that stage's layers, and its FROM adds none of its own.
    image: results.get(target.name)?.chain.filter((step, index) => index === 0 || step.layer !== 'base') ?? [],
    problems: [],
  };
}

/** Every key a build produced, to add to the cache for the next one. */
export function toCacheKeys(result: BuildResult): string[] {
  return result.steps.filter((step) => step.key !== '').map((step) => step.key);
}
