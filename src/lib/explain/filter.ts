import type { Decoded } from './decoded.ts';

/** What each filter key matches. */
const KEYS: Readonly<Record<string, string>> = {
  id: 'whose ID starts with or equals',
  name: 'whose name contains',
  label: 'with the label (key, or key=value)',
  status: 'in the state (created, restarting, running, removing, paused, exited, dead)',
  exited: 'that exited with the code',
  ancestor: 'created from the image, or an image built on it:',
  before: 'created before',
  since: 'created after',
  volume: 'that mount the volume or path',
  network: 'connected to the network',
  publish: 'that publish the port',
  expose: 'that expose the port',
  health: 'whose health check says (starting, healthy, unhealthy, none)',
  isolation: 'with the isolation (Windows)',
  'is-task': 'that are (true) or are not (false) tasks of a service:',
  dangling: 'that are dangling (true: unused by anything) or not:',
  reference: 'whose reference matches the pattern',
  until: 'created before the time or duration',
  driver: 'with the driver',
  scope: 'with the scope',
  type: 'of the type',
  all: 'including named volumes when true:',
  event: 'of the event',
  container: 'about the container',
  image: 'about the image',
  'is-official': 'that are official images:',
  stars: 'with at least this many stars:',
};

/** The keys each command accepts, from its reference page. */
const BY_COMMAND: Readonly<Record<string, string>> = {
  'docker container ls':
    'id name label status exited ancestor before since volume network publish expose health isolation is-task',
  'docker image ls': 'dangling label before since reference until',
  'docker volume ls': 'dangling driver label name',
  'docker network ls': 'driver id label name scope type dangling',
  'docker container prune': 'until label',
  'docker image prune': 'until label dangling',
  'docker volume prune': 'label all',
  'docker network prune': 'until label',
  'docker system prune': 'until label',
  'docker builder prune': 'until id type',
  'docker system events': 'container event image label network type volume scope',
  'docker search': 'stars is-official',
};

/**
 * Says what a `--filter key=value` keeps, for the command it is given to. A key the command
 * does not take, or a command this table does not list, is said to be unknown.
 * @example decodeFilter('status=exited', 'docker container ls').text // 'Keeps only the items in the state … exited.'
 */
export function decodeFilter(filter: string, commandPath: string): Decoded {
  const [key = '', value] = filter.split(/=(.*)/s);
  const keys = BY_COMMAND[commandPath]?.split(' ');
  if (!keys)
    return {
      text: `Filters by ${key}${value === undefined ? '' : ` = ${value}`}; this site does not list the keys of \`${commandPath}\`.`,
    };
  if (!keys.includes(key) || value === undefined)
    return {
      text: `\`${commandPath}\` has no filter key \`${key}\`${value === undefined ? ' (the form is key=value)' : ''}; its keys are ${keys.join(', ')}.`,
      invalid: true,
    };
  return { text: `Keeps only the items ${KEYS[key] ?? ''} ${value}.`.replace('  ', ' ') };
}
