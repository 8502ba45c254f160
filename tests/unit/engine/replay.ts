import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { CLI_DATA } from '../../../src/node/cli-data.ts';
import { toCliIndex, toCompactCli } from '../../../src/lib/engine/cli.ts';
import { toPsLine } from '../../../src/lib/engine/ps.ts';
import { createState, execute, withImages } from '../../../src/lib/engine/index.ts';
import { createNormaliser, toColumns, withoutIpv6Ports } from '../../../src/lib/engine/normalise.ts';
import type { State } from '../../../src/lib/engine/types.ts';
import { readJsonFile } from '../../../src/node/json-file.ts';
import { SCENARIO_IMAGE } from '../../transcripts/scenarios.ts';

/** Replays recorded transcripts through the engine and normalises both sides alike. */

/** One recorded command: its output, exit code and the state after it (scripts/transcripts-record.ts). */
const STEP = z.object({
  command: z.string(),
  stdout: z.string(),
  stderr: z.string(),
  stderr29: z.string().optional(),
  exit: z.number(),
  state: z.record(z.string(), z.array(z.string())),
});

/** A transcript file of tests/transcripts/. */
const TRANSCRIPT = z.object({ engine: z.string(), scenario: z.string(), steps: z.array(STEP) });

export type Step = z.infer<typeof STEP>;
export type Transcript = z.infer<typeof TRANSCRIPT>;

/** The lookups the browser uses: the packed CLI data, rebuilt. */
export const ENGINE_CLI = toCliIndex(toCompactCli(CLI_DATA));

const DIR = new URL('../../transcripts/', import.meta.url);

export function readTranscripts(): Transcript[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => readJsonFile(fileURLToPath(new URL(file, DIR)), TRANSCRIPT));
}

/** The state in the recorder's formats (scripts/transcripts-record.ts toState). */
export function toRecordedState(state: State): Record<string, string[]> {
  return {
    containers: state.containers
      .map((container) => toPsLine(state, container, '{{.Names}}|{{.Status}}|{{.Ports}}|{{.Networks}}|{{.Mounts}}'))
      .sort(),
    networks: state.networks.map((network) => `${network.name}|${network.driver}`).sort(),
    volumes: state.volumes.map((volume) => volume.name).sort(),
    images: state.images.flatMap((image) => image.refs).sort(),
  };
}

/** Runs a transcript's commands from a fresh engine holding the scenario image. */
export function replay(transcript: Transcript): Step[] {
  let state = withImages(createState(transcript.scenario), [SCENARIO_IMAGE]);
  const raw = transcript.steps.map((step) => {
    const result = execute(state, step.command, ENGINE_CLI);
    state = result.state;
    return {
      command: step.command,
      stdout: result.stdout,
      stderr: result.stderr,
      exit: result.exit,
      state: toRecordedState(state),
    };
  });
  const normalise = createNormaliser(JSON.stringify(raw));
  return raw.map((step) => ({
    command: step.command,
    stdout: toColumns(withoutIpv6Ports(normalise(step.stdout))),
    stderr: normalise(step.stderr),
    exit: step.exit,
    state: Object.fromEntries(
      Object.entries(step.state).map(([key, lines]) => [
        key,
        lines.map((line) => toColumns(withoutIpv6Ports(normalise(line)))),
      ]),
    ),
  }));
}

/** The recorded side, as the engine must answer: Engine 29 wording where it differs. */
export function toExpected(step: Step): Step {
  return {
    command: step.command,
    stdout: toColumns(withoutIpv6Ports(step.stdout)),
    stderr: step.stderr29 ?? step.stderr,
    exit: step.exit,
    state: Object.fromEntries(
      Object.entries(step.state).map(([key, lines]) => [key, lines.map((line) => toColumns(withoutIpv6Ports(line)))]),
    ),
  };
}
