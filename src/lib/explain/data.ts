import { createCliIndex, type CliIndex } from '../cli/data.ts';
import { fromPackedCli, type PackedCli } from '../cli/packed.ts';
import { createConcepts, type Concepts } from './concepts.ts';
import { toSay, type Say } from './say.ts';

/** What /explain/cli.json holds (src/pages/explain/cli.json.ts). */
export interface ExplainData {
  /** Every command, packed, without the flags of command groups. */
  commands: PackedCli;
  /** The concept table of concepts.ts, as text. */
  concepts: string;
  /** The sentences of messages.ts, by key. */
  messages: Readonly<Record<string, string>>;
}

/** What the explainer says besides the CLI data: the concept sections it links and its sentences. */
export interface ExplainTexts extends Concepts {
  say: Say;
}

/**
 * Reads the explainer's data file into the lookups the explainer takes, checking its shape.
 * @example fromExplainData({ commands: 'ps||List containers||||', concepts: '', messages: {} }).cli.findCommand('docker ps')?.meaning // 'List containers'
 */
export function fromExplainData(value: unknown): { cli: CliIndex; texts: ExplainTexts } {
  const { commands, concepts, messages }: Partial<Record<keyof ExplainData, unknown>> =
    typeof value === 'object' && value !== null ? value : {};
  if (typeof concepts !== 'string' || typeof messages !== 'object' || messages === null)
    throw new TypeError(
      'The explainer’s data has no concept table or no sentences. Reload the page; if it persists, rebuild the site.',
    );
  return {
    cli: createCliIndex({ commands: fromPackedCli(commands) }),
    texts: { ...createConcepts(concepts), say: toSay(messages as Readonly<Record<string, string>>) },
  };
}
