import { describe, expect, it } from 'vitest';
import { REFERENCE_CONCEPT } from '../../../src/client/pagefind.ts';
import { toFlagAnchor, toFlagId } from '../../../src/lib/links/anchors.ts';
import type { CliCommand } from '../../../src/lib/cli/data.ts';
import { CLI } from '../../../src/node/cli-data.ts';
import { REFERENCE_ITEM } from '../../../src/lib/navigation.ts';
import { toReferencePages } from '../../../src/lib/links/reference-pages.ts';
import {
  REFERENCE_INDEX,
  toAliasPages,
  toReferencePath,
  toRetiredAnchors,
} from '../../../src/lib/links/reference-urls.ts';
import { toReferenceHref } from '../../../src/node/reference-links.ts';

/** A command with only the fields these functions read. */
function command(path: string, aliases: string[] = [], flags: string[] = []): CliCommand {
  return {
    path,
    aliases,
    usage: path,
    meaning: path,
    status: 'current',
    origin: 'cli',
    flags: flags.map((name) => ({ name, meaning: name, status: 'current', origin: 'cli' })),
  };
}

describe('toReferencePath', () => {
  it("puts a command's words in folders under /reference/cli/, as docs.docker.com does", () => {
    expect(toReferencePath('docker container run')).toBe('/reference/cli/docker/container/run/');
    expect(toReferencePath('docker')).toBe('/reference/cli/docker/');
    expect(toReferencePath('docker swarm join-token')).toBe('/reference/cli/docker/swarm/join-token/');
    expect(toReferencePath('docker-compose')).toBe('/reference/cli/docker-compose/');
  });

  it('gives an alias its own address, which forwards', () => {
    expect(toReferencePath('docker ps')).toBe('/reference/cli/docker/ps/');
  });

  it('refuses a word that is not a URL segment', () => {
    expect(() => toReferencePath('docker Container')).toThrow(
      'toReferencePath: "docker Container" has the word "Container", which is not lowercase letters, digits and hyphens',
    );
  });
});

describe('toReferenceHref', () => {
  it('links a command, and a flag by its long name without dashes', () => {
    expect(toReferenceHref('docker volume inspect')).toBe('/reference/cli/docker/volume/inspect/');
    expect(toReferenceHref('docker container run', '--network-alias')).toBe(
      '/reference/cli/docker/container/run/#network-alias',
    );
    expect(toReferenceHref('docker', '--host')).toBe('/reference/cli/docker/#host');
  });

  it('takes names as readers write them: aliases, short flags, extra spaces', () => {
    expect(toReferenceHref('docker run')).toBe('/reference/cli/docker/container/run/');
    expect(toReferenceHref('docker ps', '-a')).toBe('/reference/cli/docker/container/ls/#all');
    expect(toReferenceHref('docker  rmi ')).toBe('/reference/cli/docker/image/rm/');
    expect(toReferenceHref('docker builder build', '-t')).toBe('/reference/cli/docker/buildx/build/#tag');
  });

  it('links what the data lacks as given, for the build to report', () => {
    expect(toReferenceHref('docker frobnicate', '--now')).toBe('/reference/cli/docker/frobnicate/#now');
  });

  it('gives a flag the anchor that follows `--` in its retired anchor', () => {
    for (const { path, flags } of CLI.commands) {
      for (const flag of flags) {
        expect(toFlagAnchor(path, flag.name).split('--')[1]).toBe(toFlagId(flag.name));
      }
    }
  });
});

describe('toAliasPages', () => {
  it('gives every alias of the data an address that names its command', () => {
    const aliases = toAliasPages(CLI.commands);
    const of = (alias: string) => aliases.find((page) => page.alias === alias)?.command.path;
    expect(of('docker run')).toBe('docker container run');
    expect(of('docker ps')).toBe('docker container ls');
    expect(of('docker exec')).toBe('docker container exec');
    expect(of('docker rmi')).toBe('docker image rm');
    expect(of('docker images')).toBe('docker image ls');
    expect(aliases.length).toBe(CLI.commands.reduce((sum, { aliases: names }) => sum + names.length, 0));
  });

  it('refuses an alias that names two commands, or is a command itself', () => {
    expect(() => toAliasPages([command('docker a', ['docker x']), command('docker b', ['docker x'])])).toThrow(
      'src/data/docker-cli.json: the alias "docker x" of docker b is also an alias of docker a; an alias must name one command',
    );
    expect(() => toAliasPages([command('docker a', ['docker b']), command('docker b')])).toThrow(
      'the alias "docker b" of docker a is also a command of its own',
    );
  });
});

describe('toRetiredAnchors', () => {
  it("maps the single page's command and flag anchors to the new entries", () => {
    const retired = toRetiredAnchors([command('docker volume inspect', [], ['--format'])]);
    expect(retired).toEqual({
      [`${REFERENCE_INDEX}#docker-volume-inspect`]: '/reference/cli/docker/volume/inspect/',
      [`${REFERENCE_INDEX}#docker-volume-inspect--format`]: '/reference/cli/docker/volume/inspect/#format',
    });
  });
});

describe('toReferencePages', () => {
  it('orders the pages as the index does, each with its group, subcommands and neighbours', () => {
    const pages = toReferencePages(CLI.commands);
    expect(pages).toHaveLength(CLI.commands.length);
    const volume = pages.find((page) => page.command.path === 'docker volume');
    expect(volume?.parent?.path).toBe('docker');
    expect(volume?.children.map((child) => child.path)).toContain('docker volume inspect');
    const inspect = pages.find((page) => page.command.path === 'docker volume inspect');
    expect(inspect?.prev?.path).toBe('docker volume create');
  });

  it('refuses a flag whose anchor is a section of its page', () => {
    expect(() => toReferencePages([command('docker a', [], ['--options'])])).toThrow(
      'src/data/docker-cli.json: docker a --options would have the anchor #options, which its reference page uses for a section',
    );
  });
});

describe('REFERENCE_CONCEPT', () => {
  it('is the concept filter the reference pages carry, the label of their sidebar entry', () => {
    expect(REFERENCE_CONCEPT).toBe(REFERENCE_ITEM.label);
  });
});
