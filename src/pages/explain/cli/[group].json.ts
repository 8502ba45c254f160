import type { APIRoute, GetStaticPaths } from 'astro';
import { CLI_DATA } from '../../../node/cli-data.ts';
import { toPackedCliParts } from '../../../lib/cli/packed.ts';

/** One file per command group (`/explain/cli/container.json`): the flags of its commands, fetched when a command of it is explained. */
export const getStaticPaths = (() =>
  Object.entries(toPackedCliParts(CLI_DATA.commands).groups).map(([group, packed]) => ({
    params: { group },
    props: { packed },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ packed: string }> = ({ props }) =>
  new Response(JSON.stringify(props.packed), {
    headers: { 'Content-Type': 'application/json' },
  });
