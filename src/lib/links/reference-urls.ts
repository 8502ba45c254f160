import type { CliCommand, CliIndex } from '../cli/data.ts';
import { toCommandAnchor, toFlagAnchor, toFlagId } from './anchors.ts';

/**
 * Addresses of the command reference: one page per command, at the path docs.docker.com uses
 * (`/reference/cli/docker/container/run/`), each flag an anchor on it (`#network-alias`). Every
 * link to a command or a flag, from snippets, search, the glossary, the explainer or tests, is made
 * here; the scheme is documented in docs/reference.md and is a public API like the anchors. Pure:
 * the build's lookups in the committed CLI data are bound in src/node/reference-links.ts.
 */

/** The reference index: every command, by section, linked. */
export const REFERENCE_INDEX = '/reference/';

/** Where the command pages live; docs.docker.com's prefix, leaving /reference/ room for other references. */
const CLI_ROOT = '/reference/cli/';

/** One word of a command path as a URL segment: `container`, `join-token`, `docker-compose`. */
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Returns the path of a command's reference page: its words as folders. An alias gives the
 * alias's own address, which forwards to the canonical page (see {@link toAliasPages}).
 *
 * @example toReferencePath('docker container run') // '/reference/cli/docker/container/run/'
 * @example toReferencePath('docker') // '/reference/cli/docker/'
 */
export function toReferencePath(command: string): string {
  const words = command.trim().split(/\s+/);
  const bad = words.find((word) => !SEGMENT.test(word));
  if (bad !== undefined) {
    throw new TypeError(
      `toReferencePath: "${command}" has the word "${bad}", which is not lowercase letters, digits and hyphens`,
    );
  }
  return toCanonicalReferenceHref(words.join(' '));
}

/**
 * Returns the reference address of a command by its canonical path, or of one of its flags, with
 * no lookup and no check: for code that already holds the canonical path, such as the explainer in
 * the browser. To resolve what a reader wrote (an alias such as `docker ps`), use
 * {@link resolveReferenceHref}.
 *
 * @example toCanonicalReferenceHref('docker container run', '--publish') // '/reference/cli/docker/container/run/#publish'
 */
export function toCanonicalReferenceHref(commandPath: string, flag?: string): string {
  const page = `${CLI_ROOT}${commandPath.trim().split(/\s+/).join('/')}/`;
  return flag ? `${page}#${toFlagId(flag)}` : page;
}

/**
 * Returns the link to a command's reference entry, or to one of its flags: the one function that
 * makes reference links. Names are taken as readers write them: an alias leads to the canonical
 * page and a short flag to its long name's anchor. A name the CLI data lacks is linked as given,
 * and the build's link check reports it.
 *
 * @param cli The CLI data to resolve names in.
 * @param command A command path or alias: `docker container run`, `docker run`.
 * @param flag A flag of it, long or short: `--network-alias`, `-d`.
 * @example resolveReferenceHref(cli, 'docker container run') // '/reference/cli/docker/container/run/'
 * @example resolveReferenceHref(cli, 'docker run', '--network-alias') // '/reference/cli/docker/container/run/#network-alias'
 * @example resolveReferenceHref(cli, 'docker ps', '-a') // '/reference/cli/docker/container/ls/#all'
 */
export function resolveReferenceHref(cli: CliIndex, command: string, flag?: string): string {
  const found = cli.findCommand(command.trim().split(/\s+/).join(' '));
  const long = flag && found ? (cli.findFlag(found, flag)?.name ?? flag) : flag;
  return `${toReferencePath(found?.path ?? command)}${long ? `#${toFlagId(long)}` : ''}`;
}

/** A name readers write for a command that is not its canonical path, and where it leads. */
export interface AliasPage {
  /** The alias as typed: `docker ps`. */
  alias: string;
  /** Its own address, a page that forwards: `/reference/cli/docker/ps/`. */
  path: string;
  /** The command it names. */
  command: CliCommand;
}

/**
 * Returns a forwarding page for every alias in the CLI data (`docker run`, `docker ps`,
 * `docker container list`, …). Throws when an alias is also a command's canonical path or
 * two commands claim one alias, since one address would then mean two entries.
 */
export function toAliasPages(commands: readonly CliCommand[]): AliasPage[] {
  const canonical = new Set(commands.map((command) => command.path));
  const seen = new Map<string, string>();
  return commands.flatMap((command) =>
    command.aliases.map((alias) => {
      const owner = seen.get(alias);
      if (canonical.has(alias) || owner) {
        throw new Error(
          `src/data/docker-cli.json: the alias "${alias}" of ${command.path} is also ${owner ? `an alias of ${owner}` : 'a command of its own'}; an alias must name one command`,
        );
      }
      seen.set(alias, command.path);
      return { alias, path: toReferencePath(alias), command };
    }),
  );
}

/**
 * Returns where every anchor of the retired single reference page now points: `#docker-volume-inspect`
 * to the command's page, `#docker-container-run--network-alias` to the flag on it. The build checks
 * each target exists; /reference/ forwards visitors who arrive with one of them.
 *
 * @example toRetiredAnchors(commands)['/reference/#docker-container-run--rm'] // '/reference/cli/docker/container/run/#rm'
 */
export function toRetiredAnchors(commands: readonly CliCommand[]): Record<string, string> {
  const retired: Record<string, string> = {};
  for (const command of commands) {
    retired[`${REFERENCE_INDEX}#${toCommandAnchor(command.path)}`] = toReferencePath(command.path);
    for (const flag of command.flags) {
      retired[`${REFERENCE_INDEX}#${toFlagAnchor(command.path, flag.name)}`] =
        `${toReferencePath(command.path)}#${toFlagId(flag.name)}`;
    }
  }
  return retired;
}
