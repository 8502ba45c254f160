import committed from '../data/docker-cli.json' with { type: 'json' };
import { createCliIndex, toCliData, type CliData, type CliIndex } from '../lib/cli/data.ts';

/** The committed CLI data (src/data/docker-cli.json), validated once when first imported. */
export const CLI_DATA: CliData = toCliData(committed);

/** Lookups over the committed data: the default of the snippet checker and the command links. */
export const CLI: CliIndex = createCliIndex(CLI_DATA);
