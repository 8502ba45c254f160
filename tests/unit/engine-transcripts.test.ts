import { describe, expect, it } from 'vitest';
import { readTranscripts, replay, toExpected } from './engine/replay.ts';

/** Every recorded transcript replays through the simulated engine exactly (after normalising). */
describe('transcripts recorded on a real engine', () => {
  for (const transcript of readTranscripts()) {
    it(`${transcript.scenario} (recorded on Engine ${transcript.engine})`, () => {
      const actual = replay(transcript);
      transcript.steps.forEach((step, index) => {
        expect(actual[index], `step ${index + 1}: ${step.command}`).toEqual(toExpected(step));
      });
    });
  }
});
