import { createCliIndex, type CliData, type CliIndex } from '../cli/data.ts';
import { fromPackedCli, toPackedCli, type PackedCli } from '../cli/packed.ts';

/**
 * The CLI facts the engine needs, small enough to inline in the page: the packed CLI data
 * (src/lib/cli/packed.ts, the format the explainer fetches too) without the meanings, which
 * the engine never shows. Built at build time from src/data/docker-cli.json ({@link toCompactCli})
 * and read back into the same lookups the docs checker uses ({@link toCliIndex}).
 */
export type CompactCli = PackedCli;

/** Packs the data the engine models: current and deprecated `docker …` commands, without meanings. */
export function toCompactCli(data: Readonly<CliData>): CompactCli {
  const commands = data.commands.filter((command) => command.status !== 'removed' && command.path.startsWith('docker'));
  return toPackedCli(commands, false);
}

/** Rebuilds the lookups (`createCliIndex` of src/lib/cli/data.ts) from packed data. */
export function toCliIndex(compact: CompactCli): CliIndex {
  return createCliIndex({ commands: fromPackedCli(compact) });
}
