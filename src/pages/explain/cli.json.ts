import type { APIRoute } from 'astro';
import { CLI_DATA } from '../../node/cli-data.ts';
import { toPackedCli } from '../../lib/cli/packed.ts';

/** The explainer's CLI data, packed from src/data/docker-cli.json at every build. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(toPackedCli(CLI_DATA.commands)), { headers: { 'Content-Type': 'application/json' } });
