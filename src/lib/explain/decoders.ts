import { createConcepts, toConceptSections } from './concepts.ts';
import type { ExplainTexts } from './data.ts';
import { decodeEnv } from './env.ts';
import { decodeFilter } from './filter.ts';
import type { Decoders } from './flag-values.ts';
import { decodeFormat } from './format.ts';
import { decodeImage } from './image.ts';
import { MESSAGES } from './messages.ts';
import { decodeMount } from './mount.ts';
import { decodeNetwork } from './network.ts';
import { decodePlatform } from './platform.ts';
import { decodePublish } from './ports.ts';
import { decodeRestart } from './restart.ts';
import { toSay } from './say.ts';
import { decodeVolume } from './volumes.ts';

/** Every value decoder: for the build's pre-rendered example, the tests and the benchmark. */
export const DECODERS: Required<Decoders> = {
  publish: decodePublish,
  volume: decodeVolume,
  mount: decodeMount,
  env: decodeEnv,
  restart: decodeRestart,
  network: decodeNetwork,
  platform: decodePlatform,
  format: decodeFormat,
  filter: decodeFilter,
  image: decodeImage,
};

/** The sentences of messages.ts, for the same callers. */
export const SAY = toSay(MESSAGES);

/** The concept sections of concepts.ts and the sentences, for the same callers (the browser reads both from its data file). */
export const TEXTS: ExplainTexts = { ...createConcepts(toConceptSections()), say: SAY };
