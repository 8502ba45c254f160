import type { APIRoute } from 'astro';
import { CLI_DATA } from '../../node/cli-data.ts';
import { toExplainData } from '../../lib/explain/data.ts';

/** The explainer's CLI data, derived from src/data/docker-cli.json at every build. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(toExplainData(CLI_DATA)), { headers: { 'Content-Type': 'application/json' } });
