import { resolveReferenceHref, toRetiredAnchors } from '../lib/links/reference-urls.ts';
import { CLI } from './cli-data.ts';

/**
 * Returns the link to a command's reference entry, or to one of its flags, resolved in the
 * committed CLI data: what pages, plugins and tests call. See {@link resolveReferenceHref}.
 *
 * @example toReferenceHref('docker ps', '-a') // '/reference/cli/docker/container/ls/#all'
 */
export function toReferenceHref(command: string, flag?: string): string {
  return resolveReferenceHref(CLI, command, flag);
}

/**
 * Where every anchor of the retired single reference page now points, derived once from the
 * committed CLI data for the link check, the anchor manifest and the tests.
 */
export const RETIRED_REFERENCE_ANCHORS: Readonly<Record<string, string>> = toRetiredAnchors(CLI.commands);
