import { createCliIndex, type CliIndex } from '../cli/data.ts';
import { fromPackedCli, type PackedCli } from '../cli/packed.ts';
import { createConcepts, type Concepts } from './concepts.ts';

/** What /explain/cli.json holds (src/pages/explain/cli.json.ts). */
export interface ExplainData {
  /** Every command, packed, without the flags of command groups. */
  commands: PackedCli;
  /** The concept table of concepts.ts, as text. */
  concepts: string;
}

/**
 * Reads the explainer's data file into the lookups the explainer takes, checking its shape.
 * @example fromExplainData({ commands: 'ps||List containers||||', concepts: '' }).cli.findCommand('docker ps')?.meaning // 'List containers'
 */
export function fromExplainData(value: unknown): { cli: CliIndex; concepts: Concepts } {
  const { commands, concepts }: Partial<Record<keyof ExplainData, unknown>> =
    typeof value === 'object' && value !== null ? value : {};
  if (typeof concepts !== 'string')
    throw new TypeError(
      'The explainer’s data has no concept table. Reload the page; if it persists, rebuild the site.',
    );
  return { cli: createCliIndex({ commands: fromPackedCli(commands) }), concepts: createConcepts(concepts) };
}
