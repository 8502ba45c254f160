import type { BuildStep } from './build.ts';

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
  return 'filesystem layer: whatever the command wrote';
}
