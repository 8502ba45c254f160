import { toFlagId } from './anchors.ts';
import { toCommandGroups } from '../cli/groups.ts';
import { toMajorRelease, toReleaseName, type CliCommand, type CliData } from '../cli/data.ts';
import { toReferencePath } from './reference-urls.ts';

/** What one command's reference page shows besides the command itself. */
export interface ReferencePage {
  command: CliCommand;
  /** The command group it belongs to (`docker container` for `docker container run`), if listed. */
  parent: CliCommand | undefined;
  /** Its direct subcommands, for a group (`docker volume` lists `create`, `inspect`, …). */
  children: CliCommand[];
  /** The commands before and after it in the index's reading order. */
  prev: CliCommand | undefined;
  next: CliCommand | undefined;
}

/** Anchors a command page gives its own sections, beside its flags' anchors. */
export const REFERENCE_SECTION_IDS = { subcommands: 'subcommands', options: 'options' } as const;

/** Throws when a flag's anchor would be one of its page's section anchors, naming the flag. */
function checkFlagIds(command: Readonly<CliCommand>): void {
  const sections: readonly string[] = Object.values(REFERENCE_SECTION_IDS);
  const clash = command.flags.find((flag) => sections.includes(toFlagId(flag.name)));
  if (clash) {
    throw new Error(
      `src/data/docker-cli.json: ${command.path} ${clash.name} would have the anchor #${toFlagId(clash.name)}, which its reference page uses for a section; change REFERENCE_SECTION_IDS in src/lib/links/reference-pages.ts`,
    );
  }
}

/** Returns the canonical path one word up: `docker container run` gives `docker container`. */
function toParentPath(path: string): string | undefined {
  const words = path.split(' ');
  return words.length > 1 ? words.slice(0, -1).join(' ') : undefined;
}

/**
 * Returns a page for every command, in the reading order of the reference index (section by
 * section, a group before its subcommands), with its group, subcommands and neighbours.
 */
export function toReferencePages(commands: readonly CliCommand[]): ReferencePage[] {
  const ordered = toCommandGroups(commands).flatMap((group) => group.commands);
  const byPath = new Map(commands.map((command) => [command.path, command]));
  commands.forEach(checkFlagIds);
  return ordered.map((command, index) => ({
    command,
    parent: byPath.get(toParentPath(command.path) ?? ''),
    children: commands.filter((other) => toParentPath(other.path) === command.path),
    prev: ordered[index - 1],
    next: ordered[index + 1],
  }));
}

/** Returns the "Describes …" line of the reference pages: which client and plugins the facts come from. */
export function toReferenceVersions(data: Readonly<CliData>): string {
  const { cli, compose, buildx, scout } = data.sources;
  return `Docker CLI ${toMajorRelease(cli)} (${toReleaseName(cli)}), Docker Compose ${toMajorRelease(compose)} (${toReleaseName(compose)}), Buildx ${toReleaseName(buildx)} and Scout ${toReleaseName(scout)}`;
}

/** A command as a previous/next link. */
export function toCommandNavItem(command: Readonly<CliCommand>): {
  id: string;
  href: string;
  label: string;
  title: string;
} {
  return { id: command.path, href: toReferencePath(command.path), label: command.path, title: command.path };
}
