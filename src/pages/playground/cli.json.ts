import type { APIRoute } from 'astro';
import { CLI_DATA } from '../../node/cli-data.ts';
import { toCompactCli } from '../../lib/engine/cli.ts';

/**
 * The console's packed CLI data, derived from src/data/docker-cli.json at every build. The
 * console fetches it on first use, with its code, so the playground pages do not carry it.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(toCompactCli(CLI_DATA)), { headers: { 'Content-Type': 'application/json' } });
