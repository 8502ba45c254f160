import type { APIRoute } from 'astro';
import { CLI_DATA } from '../../node/cli-data.ts';
import { toPackedCliParts } from '../../lib/cli/packed.ts';
import { toConceptSections } from '../../lib/explain/concepts.ts';
import type { ExplainData } from '../../lib/explain/data.ts';
import { MESSAGES } from '../../lib/explain/messages.ts';

/**
 * The explainer's data, made at every build: every command of src/data/docker-cli.json packed,
 * without the flags of command groups (./cli/[group].json.ts), the concept sections it links and
 * the sentences it says (messages.ts).
 */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      commands: toPackedCliParts(CLI_DATA.commands).main,
      concepts: toConceptSections(),
      messages: MESSAGES,
    } satisfies ExplainData),
    { headers: { 'Content-Type': 'application/json' } },
  );
