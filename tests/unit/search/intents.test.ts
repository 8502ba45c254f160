import { describe, expect, test } from 'vitest';
import { toIntent, toIntentWord, toIntentWords, type Intent } from '../../../src/lib/search/intents.ts';
import { toQueryPlan } from '../../../src/lib/search/query.ts';
import { toSearchVocabulary } from '../../../src/lib/search/vocabulary.ts';
import { CLI_DATA } from '../../../src/node/cli-data.ts';
import { VOCABULARY } from './fixtures.ts';

const intents = VOCABULARY.intents;
const found = (query: string): string | undefined => {
  const match = toIntent(query, intents);
  return match ? `${match.intent[4]}${match.intent[3] ? ` ${match.intent[3]}` : ''}` : undefined;
};

describe('toIntent: a task question and the command or flag that does it', () => {
  test.each([
    ['rename a running container', 'container rename'],
    ['how do I rename a container', 'container rename'],
    ['list the layers of an image', 'image history'],
    ['run another command inside a running container', 'container exec'],
    ['how to name the container instead of using the ID', 'container run --name'],
  ])('%s → %s', (query, intent) => expect(found(query)).toBe(intent));

  test.each([
    // No meaning covers half of it.
    ['how do containers talk to each other'],
    ['what is a volume driver'],
    // A comparison asks about two things.
    ['difference between docker run and docker exec'],
    ['rename vs remove'],
    // Only filler words.
    ['how do I do it'],
    [''],
  ])('%s → none', (query) => expect(found(query)).toBeUndefined());

  test('no intents, no intent', () => expect(toIntent('rename a container', [])).toBeUndefined());

  test('a query must carry half its weight in the intent: one shared word among many is not enough', () =>
    expect(found('rename the network bridge driver subnet gateway')).toBeUndefined());

  test('two intents that match alike give none: the best must clearly lead', () => {
    const twins: Intent[] = [
      ['Remove a volume', '', 0, '', 'volume rm'],
      ['Remove a network', '', 1, '', 'network rm'],
    ];
    expect(toIntent('remove', twins)).toBeUndefined();
    expect(toIntent('remove a volume', twins)?.intent[4]).toBe('volume rm');
    expect(toIntent('remove a network', twins)?.intent[4]).toBe('network rm');
  });

  test('the best intent wins wherever it comes in the list', () => {
    const close: Intent[] = [
      ['Show the logs of a service', '', 0, '', 'service logs'],
      ['Show the logs', '', 1, '', 'container logs'],
    ];
    expect(toIntent('show the logs of a service', close)?.intent[4]).toBe('service logs');
    expect(toIntent('show the logs of a service', [...close].reverse())?.intent[4]).toBe('service logs');
  });

  test('a comparison gets no intent, even with a command named in it', () => {
    expect(toIntent('rename a container', intents)?.intent[4]).toBe('container rename');
    expect(toIntent('rename a container or not', intents)).toBeUndefined();
    expect(toIntent('rename a container vs. remove it', intents)).toBeUndefined();
  });

  test('the intent must be a third covered: one word of a long meaning is not it', () => {
    const long: Intent[] = [
      ['Change resource limits restart policy memory swap cpus while it exists', 'update', 0, '', 'container update'],
    ];
    expect(toIntent('limits', long)).toBeUndefined();
    expect(toIntent('change limits restart policy', long)?.intent[4]).toBe('container update');
  });

  test('named: the query says every name word of the command, never for a flag', () => {
    expect(toIntent('rename a running container', intents)?.named).toBe(true);
    expect(toIntent('list the layers of an image', intents)?.named).toBe(false);
    expect(toIntent('name the container instead of the ID', intents)?.named).toBe(false);
  });
});

describe('toIntent: a query that says a command by its names', () => {
  test('names a command whatever else it says, when its last word is distinctive', () =>
    expect(toIntent('rename a container I already started yesterday evening', intents)).toMatchObject({
      intent: expect.arrayContaining(['container rename']) as unknown,
      named: true,
    }));

  const shared: Intent[] = [
    ['Start a stopped container', 'start', 0, '', 'container start'],
    ['Start a service', 'start', 1, '', 'service start'],
    ['Start the project', 'start', 2, '', 'compose start'],
    ['Print versions', 'version', 3, '', 'version'],
    ['Save a container as an image', 'commit', 4, '', 'container commit'],
    ['Run a command', 'run', 0, '--name', 'container run'],
  ];
  test('a word other commands share does not name one', () =>
    expect(toIntent('start a container on boot after the machine reboots', shared)).toBeUndefined());
  test('a one-word command is named only after docker', () => {
    expect(toIntent('check the docker version', shared)).toMatchObject({ intent: shared[3], named: true });
    expect(toIntent('upgrade to a newer version of the image please', shared)?.named).not.toBe(true);
  });
  test('a flag is never named this way', () =>
    expect(toIntent('container run with lots of other words here', shared)?.intent[3]).not.toBe('--name'));
  test('two commands named at once name neither', () => {
    const both: Intent[] = [
      ...shared,
      ['Save a container', 'snap', 5, '', 'container snap'],
      ['Save a volume', 'freeze', 6, '', 'volume freeze'],
    ];
    expect(toIntent('snap the container tonight before the backup window closes', both)).toMatchObject({
      intent: both[6],
      named: true,
    });
    expect(
      toIntent('snap the container and freeze the volume tonight before the backup window closes', both),
    ).toBeUndefined();
  });
});

describe('toIntentWords', () => {
  test('drops filler, possessives and endings, and keeps each word once', () =>
    expect(toIntentWords("Show the container's layers, e.g. its layers")).toEqual(['show', 'container', 'layer']));
  test.each([
    ['containers', 'container'],
    ['runs', 'run'],
    ['running', 'runn'],
    ['images', 'imag'],
    ['us', 'us'],
    ['it’s', 'it'],
  ])('%s → %s', (word, stem) => expect(toIntentWord(word)).toBe(stem));
});

describe('intents in the query plan, from the real CLI data', () => {
  // Built in each test, not while the file is collected, so a mutation run sees the build.
  const build = () => toSearchVocabulary(CLI_DATA, []).vocabulary;
  const plan = (query: string) => toQueryPlan(query, build());

  test('each command has its intent, command groups and removed commands none', () => {
    const vocabulary = build();
    const paths = vocabulary.intents.filter(([, , , flag]) => !flag).map(([, , , , path]) => path);
    expect(paths).toContain('container rename');
    expect(paths).not.toContain('container');
    expect(paths).not.toContain('scan');
    expect(vocabulary.intents.filter(([, , , flag]) => flag === '--help')).toEqual([]);
  });

  test.each([
    ['rename a running container', '/reference/cli/docker/container/rename/', true],
    ['how to scale a service in swarm', '/reference/cli/docker/service/scale/', true],
    ['limit the memory a container may use', '/reference/cli/docker/container/run/#memory', false],
  ])('%s → %s', (query, href, named) => expect(plan(query).intent).toMatchObject({ href, named }));

  test('the names a page would show a command by are its path and aliases', () =>
    expect(plan('rename a running container').intent?.names).toEqual(['docker container rename', 'docker rename']));

  test('a declared question or a flag in the question comes first: no intent then', () => {
    expect(plan('what does -p 8080:80 do').intent).toBeUndefined();
  });
});
