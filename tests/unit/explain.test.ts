import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCliIndex } from '../../src/lib/cli/data.ts';
import { CLI, CLI_DATA } from '../../src/node/cli-data.ts';
import { readManifest } from '../../src/integrations/anchor-manifest.ts';
import { createConcepts, listConceptHrefs, toConceptSections } from '../../src/lib/explain/concepts.ts';
import { fromExplainData } from '../../src/lib/explain/data.ts';
import { addPackedFlags, fromPackedCli, toFlagGroup, toPackedCli, toPackedCliParts } from '../../src/lib/cli/packed.ts';
import { DECODERS, SAY, TEXTS } from '../../src/lib/explain/decoders.ts';
import { MESSAGES } from '../../src/lib/explain/messages.ts';
import { toSay } from '../../src/lib/explain/say.ts';
import { DECODER_NAMES } from '../../src/lib/explain/flag-values.ts';
import { explainCommandLine } from '../../src/lib/explain/explain.ts';
import { fromExplainHash, isCommandQuery, toExplainHash } from '../../src/lib/explain/hash.ts';
import { readInput } from '../../src/lib/explain/input.ts';
import { toExplanationView, toSummary, toViewHtml } from '../../src/lib/explain/view.ts';

const explain = (line: string) => explainCommandLine(line, CLI, DECODERS, TEXTS);
/** Each part as `text → kind title`, the shape a reader scans. */
const parts = (line: string) =>
  explain(line).commands.flatMap((command) =>
    command.parts.map((part) => `${command.text.slice(part.start, part.end)} → ${part.kind} ${part.title}`),
  );

describe('explainCommandLine', () => {
  it('names every part of a docker run line', () => {
    expect(
      parts(
        'docker run -d --name proxy --restart always -p 443:443 -v /etc/caddy:/etc/caddy:ro -v caddy_data:/data caddy:2',
      ),
    ).toEqual([
      'docker → program docker',
      'run → command docker container run',
      '-d → flag -d, --detach',
      '--name proxy → flag --name',
      '--restart always → flag --restart',
      '-p 443:443 → flag -p, --publish',
      '-v /etc/caddy:/etc/caddy:ro → flag -v, --volume',
      '-v caddy_data:/data → flag -v, --volume',
      'caddy:2 → operand IMAGE',
    ]);
  });

  it('names the object a command acts on, not what it might be mistaken for', () => {
    const meanings = (line: string) =>
      explain(line).commands.flatMap((command) =>
        command.parts.filter((part) => part.kind === 'operand').map((part) => part.meaning),
      );
    // "The network backend." read as a kind of network.
    expect(meanings('docker network create --subnet 172.28.0.0/16 backend')).toEqual(['The network named backend.']);
    expect(meanings('docker volume rm named-db')).toEqual(['The volume named named-db.']);
    expect(meanings('docker context use remote')).toEqual(['The context named remote.']);
  });

  it('explains -h as the help where no flag owns it, and as the flag where one does', () => {
    expect(parts('docker ps -h')).toEqual([
      'docker → program docker',
      'ps → command docker container ls',
      '-h → flag -h',
    ]);
    expect(explain('docker ps -h').commands[0]?.parts.at(-1)?.meaning).toBe(
      'Prints the help of `docker container ls` and runs nothing.',
    );
    expect(parts('docker run -h box busybox')).toContain('-h box → flag -h, --hostname');
  });

  it('reads prompts, continuations, sudo and VAR=value, and skips output lines', () => {
    expect(parts('$ sudo DOCKER_HOST=ssh://box docker run \\\n    -dit alpine\nabc123')).toEqual([
      'sudo → shell sudo',
      'DOCKER_HOST=ssh://box → shell DOCKER_HOST=…',
      'docker → program docker',
      'run → command docker container run',
      '-d → flag -d, --detach',
      'i → flag -i, --interactive',
      't → flag -t, --tty',
      'alpine → operand IMAGE',
    ]);
  });

  it('explains each command of a chain, with how it follows the one before', () => {
    const { commands } = explain('docker build -t app . && docker run --rm app | tee log');
    expect(commands.map((command) => [command.joiner, command.text])).toEqual([
      ['', 'docker build -t app .'],
      ['Then, if the command before succeeded (&&):', 'docker run --rm app'],
      ['Receiving the output of the command before (|):', 'tee log'],
    ]);
    expect(commands[2]?.parts[0]?.meaning).toBe('`tee` is another program; this page explains docker commands only.');
  });

  it('says what the shell fills in, and offers to explain the inner docker command', () => {
    const [, , , last] = explain('docker rm -f $(docker ps -aq)').commands[0]?.parts ?? [];
    expect(last?.title).toBe('Filled in by the shell');
    expect(last?.meaning).toContain(
      'The shell runs `docker ps -aq` first and puts its output here (this page never runs anything).',
    );
    expect(last?.explainInstead).toBe('docker ps -aq');
  });

  it('warns about a flag after the image', () => {
    const part = explain('docker run -d nginx -p 8080:80').commands[0]?.parts.at(-1);
    expect(part?.kind).toBe('passed');
    expect(part?.warnings).toEqual([
      '`-p` comes after the image nginx, so it goes to the container’s command, not to docker. Move it before nginx.',
    ]);
  });

  it('does not warn when the container command has options of its own', () => {
    expect(explain('docker run --rm alpine ls -l').commands[0]?.parts.at(-1)?.warnings).toEqual([]);
  });

  // From the postgres and mongo READMEs: `-c` is docker's --cpu-shares, which takes a number, and
  // `--help` after the image asks the image's program for its help.
  it.each([
    'docker run -d --name some-postgres -e POSTGRES_PASSWORD=x postgres -c shared_buffers=256MB -c max_connections=200',
    "docker run -d postgres -c 'config_file=/etc/postgresql/postgresql.conf'",
    'docker run -it --rm mongo --help',
  ])('does not take an option of the image’s program for a misplaced docker flag: %s', (line) => {
    expect(explain(line).commands[0]?.parts.at(-1)?.warnings).toEqual([]);
  });

  it.each([
    ['docker run nginx -m 512m', '-m'],
    ['docker run nginx --cpu-shares=512', '--cpu-shares=512'],
    ['docker run nginx -d', '-d'],
  ])('still warns about a docker flag after the image with a value docker takes: %s', (line, flag) => {
    expect(explain(line).commands[0]?.parts.at(-1)?.warnings).toEqual([
      `\`${flag}\` comes after the image nginx, so it goes to the container’s command, not to docker. Move it before nginx.`,
    ]);
  });

  it('says the words after the image are its CMD, passed to an ENTRYPOINT, or the arguments of --entrypoint', () => {
    expect(explain('docker run --rm alpine ls -l').commands[0]?.parts.at(-1)?.meaning).toBe(
      'These words replace the command the image declares (its CMD): the container runs `ls -l`, or, when the image has an ENTRYPOINT, passes them to it as arguments. Docker does not read these words.',
    );
    // The nginx README copies the default configuration out this way.
    expect(
      explain('docker run --rm --entrypoint=cat nginx /etc/nginx/nginx.conf > /host/path/nginx.conf').commands[0]
        ?.parts[5]?.meaning,
    ).toBe(
      'The arguments of `--entrypoint cat`: the container runs `cat /etc/nginx/nginx.conf`, and the image’s CMD is not used. Docker does not read these words.',
    );
  });

  it('reads a placeholder of several words as one, as the seed notes write them', () => {
    expect(parts('docker image history --no-trunc <image name>')).toEqual([
      'docker → program docker',
      'image → command docker image',
      'history → command docker image history',
      '--no-trunc → flag --no-trunc',
      '<image name> → operand IMAGE',
    ]);
    const operand = explain('docker image history --no-trunc <image name>').commands[0]?.parts.at(-1);
    expect(operand?.meaning).toBe('A placeholder for the IMAGE argument: write your own value in its place.');
    expect(operand?.warnings).toEqual([
      '`<image name>` is a placeholder: put your own value in its place. A shell reads `<` as a redirection and fails on it.',
    ]);
    const compose = explain('docker-compose <yml file> up').commands[0]?.parts.at(-1);
    expect(compose?.explainInstead).toBe('docker compose <yml file> up');
    expect(compose?.warnings).toEqual([
      '`<yml file>` is a placeholder: put your own value in its place. A shell reads `<` as a redirection and fails on it.',
    ]);
  });

  it('decodes a bind mount under the directory the shell fills in, not only says the shell fills it', () => {
    const volume = explain('docker run -d -v $PWD/traefik.yml:/etc/traefik/traefik.yml traefik:v3').commands[0]
      ?.parts[3];
    expect(volume?.detail).toContain('A bind mount of the host path $PWD/traefik.yml in the current directory');
    expect(volume?.concept?.href).toBe('/volume/#bind-mounts');
    // A value that is all the shell's is still said to be.
    expect(explain('docker run -p $PORT:80 nginx').commands[0]?.parts[2]?.detail).toBe(
      'The shell fills in $PORT:80 before docker runs, so its meaning depends on your environment.',
    );
  });

  it('warns about removed commands with their replacement, and offers the modern line', () => {
    const [program, rest] = explain('docker-compose up -d').commands[0]?.parts ?? [];
    expect(program?.warnings).toEqual([
      '`docker-compose` is removed (Compose v1, end of life in July 2023): use `docker compose` instead',
    ]);
    expect(rest?.explainInstead).toBe('docker compose up -d');
    expect(explain('docker scan nginx').commands[0]?.parts[1]?.warnings[0]).toContain(
      'use `docker scout cves` instead',
    );
  });

  it('names unknown words with the nearest valid one, as the build checker does', () => {
    expect(explain('docker run --netwrk host nginx').commands[0]?.parts[2]?.warnings).toEqual([
      '`docker container run` has no flag `--netwrk`; did you mean `--network`?',
    ]);
    expect(explain('docker volum ls').commands[0]?.parts[1]?.warnings[0]).toBe(
      'This site’s CLI data has no `docker volum`; did you mean `docker volume`?',
    );
  });

  it('says a subcommand the data lacks is not in the data, not that Docker has none', () => {
    // `docker buildx create` exists; the data holds the part of Buildx this site covers.
    const [, , unknown] = explain('docker buildx create --name builder --use').commands[0]?.parts ?? [];
    expect(unknown?.title).toBe('Unknown command');
    expect(unknown?.meaning).toBe(
      'This site’s CLI data has no `docker buildx create` (it knows `docker buildx` b, build, imagetools). This page does not guess what it does, and does not read the words from here on.',
    );
  });

  it('explains the shell’s redirections, and a 2>&1 is no & between commands', () => {
    expect(parts('docker logs -f web 2>&1 | grep error')).toEqual([
      'docker → program docker',
      'logs → command docker container logs',
      '-f → flag -f, --follow',
      'web → operand CONTAINER',
      '2>&1 → shell Redirection, by the shell',
      'grep error → unknown Not a docker command: grep',
    ]);
    const [first, second] = explain('docker logs -f web 2>&1 | grep error').commands;
    expect(first?.parts[4]?.meaning).toBe(
      'The shell sends the command’s error output to where its output goes, on your machine.',
    );
    expect(second?.joiner).toBe('Receiving the output of the command before (|):');
    expect(explain('docker save app | gzip > app.tar.gz').commands[1]?.parts[1]?.meaning).toBe(
      'The shell writes the command’s output to the file app.tar.gz on your machine, replacing it; docker never sees this.',
    );
    expect(explain('docker load < app.tar').commands[0]?.parts[2]?.meaning).toBe(
      'The shell feeds the file app.tar to the command’s input, from your machine.',
    );
  });

  it('warns that a <placeholder> is not a value a shell accepts', () => {
    expect(explain('docker exec -it <container> sh').commands[0]?.parts[4]?.warnings).toEqual([
      '`<container>` is a placeholder: put your own value in its place. A shell reads `<` as a redirection and fails on it.',
    ]);
  });

  it('reads nothing after a removed subcommand, and says so once', () => {
    expect(parts('docker scan --accept-license myimage')).toEqual([
      'docker → program docker',
      'scan → command docker scan',
      '--accept-license myimage → unknown Not read',
    ]);
  });

  it('warns about --privileged and a secret in -e', () => {
    const found =
      explain('docker run --privileged -e DB_PASSWORD=hunter2 alpine').commands[0]?.parts.flatMap(
        (part) => part.warnings,
      ) ?? [];
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('Privileged');
    expect(found[1]).toContain('A secret on the command line');
  });

  it('covers every word: a word the data does not know is said to be unknown, never guessed', () => {
    const { commands } = explain('docker run -Q nginx');
    expect(commands[0]?.parts.map((part) => part.kind)).toEqual(['program', 'command', 'unknown', 'operand']);
  });

  it.each([
    [
      'x'.repeat(10_000),
      'This text is 10,000 characters long; the explainer reads at most 4,000. Paste one command, or a few.',
    ],
    ['docker ps\u0000\u0007', 'Removed 2 invisible control characters (U+0000, U+0007)'],
    ['docker run \u202enginx', 'Removed 1 invisible direction-control character (U+202E)'],
    [`docker run -e 'A=b`, "The ' quote at line 1, column 15 is never closed"],
    ['$(rm -rf /)', 'No docker command here'],
    ['ls -la', 'No docker command here'],
  ])('gives a clear note for hostile input %#', (input, note) => {
    expect(explain(input).notes.join(' ')).toContain(note);
  });

  it('explains right-to-left text and emoji without crashing, as the values they are', () => {
    const { commands } = explain('docker run --name שלום -e GREETING=مرحبا 🐳');
    expect(commands[0]?.parts.at(-1)?.warnings).toEqual(['Docker refuses this argument as written.']);
  });

  it('suggests docker for a near miss', () => {
    expect(explain('dokcer ps').commands[0]?.parts[0]?.meaning).toBe('`dokcer` is not docker; did you mean `docker`?');
  });
});

describe('readInput', () => {
  it('turns Windows line ends into newlines without a note', () => {
    expect(readInput('docker ps\r\ndocker images', SAY)).toEqual({ text: 'docker ps\ndocker images', notes: [] });
  });
});

describe('the packed CLI data', () => {
  it('reads back to the same commands and flags the build uses', () => {
    const index = createCliIndex({
      commands: fromPackedCli(JSON.parse(JSON.stringify(toPackedCli(CLI_DATA.commands)))),
    });
    for (const command of CLI.commands) {
      const read = index.findCommand(command.path);
      // The browser's data leaves out what it never shows: summaries, origins, defaults and API versions.
      expect(
        read && { ...read, summary: command.summary, origin: command.origin, api: command.api, flags: [] },
      ).toEqual({
        ...command,
        flags: [],
      });
      expect(
        read?.flags.map((flag) => [
          flag.name,
          flag.short,
          flag.value,
          flag.meaning,
          flag.status,
          flag.version,
          flag.replacement,
        ]),
      ).toEqual(
        command.flags.map((flag) => [
          flag.name,
          flag.short,
          flag.value,
          flag.meaning,
          flag.status,
          flag.version,
          flag.replacement,
        ]),
      );
    }
  });

  it('splits into a main part and one part per command group that add up to the same data', () => {
    const { main, groups } = toPackedCliParts(CLI_DATA.commands);
    const commands = fromPackedCli(JSON.parse(JSON.stringify(main)));
    expect(commands.find((command) => command.path === 'docker container run')?.flags).toEqual([]);
    expect(commands.find((command) => command.path === 'docker')?.flags).not.toEqual([]);
    expect(Object.keys(groups)).toContain('container');
    expect(Object.keys(groups)).not.toContain('login');
    for (const packed of Object.values(groups)) addPackedFlags(commands, JSON.parse(JSON.stringify(packed)));
    expect(commands).toEqual(fromPackedCli(toPackedCli(CLI_DATA.commands)));
  });

  it('reads the explainer’s data file into the lookups and the concept table, and refuses one without a table', () => {
    const { cli, texts } = fromExplainData(
      JSON.parse(
        JSON.stringify({
          commands: toPackedCliParts(CLI_DATA.commands).main,
          concepts: toConceptSections(),
          messages: MESSAGES,
        }),
      ),
    );
    expect(cli.findCommand('docker ps')?.path).toBe('docker container ls');
    expect(texts.toConcept('docker container run', '--publish')).toEqual(TEXTS.toConcept('docker run', '--publish'));
    expect(() => fromExplainData({ commands: '' })).toThrow(
      'The explainer’s data has no concept table or no sentences. Reload the page; if it persists, rebuild the site.',
    );
  });

  it('names the group whose part holds a command’s flags', () => {
    expect(toFlagGroup('docker container run')).toBe('container');
    expect(toFlagGroup('docker compose')).toBeUndefined();
    expect(toFlagGroup('docker')).toBeUndefined();
  });

  it('refuses a group’s flags for a command the main part lacks', () => {
    expect(() => addPackedFlags([], 'container nope||||||\n rm|||Remove it')).toThrow(
      'The CLI data is malformed: docker container nope has flags in a group but no line in the main part. Reload the page; if it persists, rebuild the site.',
    );
  });

  it('leaves the meanings out for a reader that never shows them', () => {
    const commands = fromPackedCli(toPackedCli(CLI_DATA.commands, false));
    expect(commands.map((command) => command.path)).toEqual(CLI_DATA.commands.map((command) => command.path));
    expect(
      commands.flatMap((command) => [command.meaning, ...command.flags.map((flag) => flag.meaning)]).join(''),
    ).toBe('');
  });

  it.each([
    [['docker'], 'The CLI data is malformed at line 0: it is not text.'],
    [' publish|p|list|Publish', 'The CLI data is malformed at line 1: a flag comes before any command.'],
    ['run||Runs', 'The CLI data is malformed at line 1: a command needs 7 fields.'],
    ['run||Runs|gone|||', 'The CLI data is malformed at line 1: status "gone".'],
  ])('refuses %j with a message that says what to do', (value, message) => {
    expect(() => fromPackedCli(value)).toThrow(`${message} Reload the page; if it persists, rebuild the site.`);
  });

  it('refuses at build time a meaning that would break the format, naming the entry', () => {
    const [command] = CLI_DATA.commands;
    expect(() => toPackedCli([{ ...command!, meaning: 'a | b' }])).toThrow(
      'src/data/docker-cli.json: docker holds a "|" or a line break; remove it.',
    );
  });
});

describe('the value decoders', () => {
  it('are asked for when missing, and the explanation then matches the full one', () => {
    const line = 'docker run -p 8080:80 -v data:/data --restart always nginx';
    const partial = explainCommandLine(line, CLI, {}, TEXTS);
    expect(partial.needs.sort()).toEqual(['image', 'publish', 'restart', 'volume']);
    const loaded = Object.fromEntries(partial.needs.map((name) => [name, DECODERS[name]]));
    expect(explainCommandLine(line, CLI, loaded, TEXTS)).toEqual(explain(line));
    expect(explain(line).needs).toEqual([]);
  });

  it('are all listed by name', () => {
    expect(Object.keys(DECODERS).sort()).toEqual([...DECODER_NAMES].sort());
  });
});

describe('concept links', () => {
  it('point only to pinned anchors', () => {
    const anchors = readManifest(join(import.meta.dirname, '../../src/data/anchor-manifest.json'));
    expect(anchors.length).toBeGreaterThan(100);
    expect(listConceptHrefs().filter((href) => !anchors.includes(href))).toEqual([]);
  });

  it('have a heading for every section the explainer and its decoders link to', () => {
    const dir = join(import.meta.dirname, '../../src/lib/explain');
    const linked = readdirSync(dir).flatMap((name) => [
      ...readFileSync(join(dir, name), 'utf8').matchAll(/'(\/[a-z-]+\/#[a-z0-9-]+)'/g),
    ]);
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.map((match) => match[1]).filter((href) => !listConceptHrefs().includes(href ?? ''))).toEqual([]);
  });
});

describe('#cmd= fragments', () => {
  it.each([
    'docker run -p 8080:80 nginx',
    'docker run -e "A=b c" --mount type=bind,src=.,dst=/app x',
    'a+b 100% ü 🐳',
    "echo '#'",
  ])('round-trips %s', (command) => {
    expect(fromExplainHash(toExplainHash(command))).toEqual({ command });
  });

  it('stays readable', () => {
    expect(toExplainHash('docker run -p 8080:80 nginx')).toBe('#cmd=docker+run+-p+8080:80+nginx');
  });

  it('reports broken encoding instead of throwing', () => {
    expect(fromExplainHash('#cmd=%E0%A4%A')).toEqual({
      error: 'The link’s command is not valid percent-encoding: copy the link again, or paste the command.',
    });
    expect(fromExplainHash('#section')).toBeUndefined();
  });

  it.each([
    ['docker run nginx', true],
    ['$ docker ps', true],
    ['sudo docker ps', true],
    ['--network-alias', false],
    ['docker', false],
    ['docker-compose up', true],
    ['volume', false],
    ['dockerfile', false],
  ])('treats %s as a command query: %s', (query, expected) => {
    expect(isCommandQuery(query)).toBe(expected);
  });
});

describe('toViewHtml', () => {
  it('escapes the command and every attribute', () => {
    const html = toViewHtml(
      toExplanationView(explain(`docker run --name '<img src=x onerror=alert(1)>' "a\\"b" nginx`), SAY),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('ties each part of the command to its numbered item', () => {
    const html = toViewHtml(toExplanationView(explain('docker ps -a'), SAY));
    expect(html.match(/<button[^>]*data-n="(\d+)"/g)?.length).toBe(3);
    expect(html).toContain('aria-describedby="dk-x-3-m"');
    expect(html).toContain('<li id="dk-x-3"');
  });
});

describe('the message table', () => {
  it('fills each placeholder with its argument, and shows a missing key as itself', () => {
    const say = toSay({ 'port.text': '{1} then {0}, {1} again; {2} is empty' });
    expect(say('port.text', 'a', 'b')).toBe('b then a, b again;  is empty');
    expect(say('port.bad', 'x')).toBe('port.bad');
    // An argument holding `{0}` is not filled in a second time.
    expect(toSay({ quote: '{0} quote' })('quote', '{0}')).toBe('{0} quote');
  });

  it('uses its placeholders from {0} on, with none skipped', () => {
    for (const [key, message] of Object.entries(MESSAGES)) {
      const used = [...new Set([...message.matchAll(/\{(\d)\}/g)].map((match) => Number(match[1])))].sort();
      expect(used, key).toEqual(used.map((_, index) => index));
    }
  });

  it('has the sentence of every key the explainer builds from a word: joiners and filter keys', () => {
    const line =
      'docker ps -a --filter status=exited --filter name=web --filter ancestor=nginx --filter label=a=b | grep x || echo no; docker ps & docker ps\ndocker volume ls --filter dangling=true --filter driver=local';
    const explanation = explain(line);
    const texts = explanation.commands.flatMap((command) => [
      command.joiner,
      ...command.parts.flatMap((part) => [part.title, part.meaning, part.detail ?? '', ...part.warnings]),
    ]);
    expect(texts.filter((text) => /^[a-z]+\.[\w&|;\n.-]+$/.test(text))).toEqual([]);
    expect(explanation.commands.map((command) => command.joiner)).toEqual([
      '',
      'Receiving the output of the command before (|):',
      'Then, only if the command before failed (||):',
      'Then (;):',
      'While the command before runs in the background (&):',
      'Then, on the next line:',
    ]);
  });
});

describe('createConcepts', () => {
  const { toConcept, toConceptLink } = createConcepts(
    [
      'client/#a|Client|docker',
      'volume/#b|Volumes|docker volume',
      'run/#c|Run flags|docker container run --detach',
      'net/#d|Ports|--publish',
    ].join('\n'),
  );

  it('links a command by the longest path the table names, down to docker itself', () => {
    expect(toConcept('docker volume create')).toEqual({ href: '/volume/#b', title: 'Volumes' });
    expect(toConcept('docker volume')).toEqual({ href: '/volume/#b', title: 'Volumes' });
    expect(toConcept('docker image pull')).toEqual({ href: '/client/#a', title: 'Client' });
    expect(toConcept('podman ps')).toBeUndefined();
  });

  it('links a flag by its command and name first, then by its name for any command', () => {
    expect(toConcept('docker container run', '--detach')).toEqual({ href: '/run/#c', title: 'Run flags' });
    expect(toConcept('docker container exec', '--detach')).toBeUndefined();
    expect(toConcept('docker container create', '--publish')).toEqual({ href: '/net/#d', title: 'Ports' });
    expect(toConcept('docker volume create', '--publish')).toEqual({ href: '/net/#d', title: 'Ports' });
  });

  it('titles an address the table lacks with the address, and links nothing for none', () => {
    expect(toConceptLink('/other/#e')).toEqual({ href: '/other/#e', title: '/other/#e' });
    expect(toConceptLink(undefined)).toBeUndefined();
  });
});

describe('toSummary', () => {
  const summary = (line: string) => toSummary(explain(line), SAY);

  it('counts the parts and commands, and the parts with a warning', () => {
    expect(summary('docker')).toBe('1 part in 1 command. Pick a part of the command to read about it.');
    expect(summary('docker ps -a')).toBe('3 parts in 1 command. Pick a part of the command to read about it.');
    expect(summary('docker ps && docker run --privileged -p 80:80 nginx')).toBe(
      '7 parts in 2 commands, 2 with a warning. Pick a part of the command to read about it.',
    );
  });

  it('points to the note when nothing was explained, and asks for a command when nothing was typed', () => {
    expect(summary('x'.repeat(4001))).toBe('Nothing explained: see the note below.');
    expect(summary('   ')).toBe('Type or paste a docker command to see each part explained.');
  });
});
