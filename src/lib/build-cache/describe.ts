import type { BuildResult, BuildStep } from './build.ts';

/**
 * What the layer stack says of a step: a filesystem layer (with the bytes a COPY adds), a
 * change to the image config only, or the base image.
 * @example toLayerLabel({ layer: 'metadata', … }) // '0 B: config only, no filesystem layer'
 */
export function toLayerLabel(step: Pick<BuildStep, 'layer' | 'bytes' | 'keyword'>): string {
  if (step.layer === 'base') return 'the base image’s layers';
  if (step.layer === 'metadata') return '0 B: config only, no filesystem layer';
  if (step.bytes !== undefined) return `filesystem layer, ${step.bytes} B of files`;
  if (step.keyword === 'WORKDIR') return 'filesystem layer: the directory';
  // Without bytes, a COPY or ADD takes its files from another stage or image (--from).
  if (step.keyword === 'COPY' || step.keyword === 'ADD') return 'filesystem layer: the files it copies';
  return 'filesystem layer: whatever the command wrote';
}

/**
 * The line under a build's heading: how much of it the cache answered, or that it never started.
 * @param first Whether this is the first build since the cache was last emptied.
 * @example toBuildSummary(result, false) // '3 of 5 steps came from the cache.'
 */
export function toBuildSummary(result: Pick<BuildResult, 'steps' | 'problems'>, first: boolean): string {
  if (result.problems.length > 0) return 'The build stopped before its first step: fix the Dockerfile and build again.';
  if (first) return 'Nothing was cached yet.';
  const built = result.steps.filter((step) => step.status === 'CACHED' || step.status === 'RUN');
  return `${built.filter((step) => step.status === 'CACHED').length} of ${built.length} steps came from the cache.`;
}
