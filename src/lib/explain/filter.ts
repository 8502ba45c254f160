import type { Decoded } from './decoded.ts';
import type { MessageKey } from './messages.ts';
import type { Say } from './say.ts';

/** The keys each command accepts, from its reference page; what each matches is `filter.` and the key in messages.ts. */
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
 * @example decodeFilter('status=exited', 'docker container ls', SAY).text // 'Keeps only the items in the state … exited.'
 */
export function decodeFilter(filter: string, commandPath: string, say: Say): Decoded {
  const [key = '', value] = filter.split(/=(.*)/s);
  const keys = BY_COMMAND[commandPath]?.split(' ');
  if (!keys)
    return {
      text: say(value === undefined ? 'filter.unlisted' : 'filter.unlisted.value', key, commandPath, value ?? ''),
    };
  if (!keys.includes(key) || value === undefined)
    return {
      text: say(value === undefined ? 'filter.form' : 'filter.none', commandPath, key, keys.join(', ')),
      invalid: true,
    };
  return { text: say('filter.keeps', say(`filter.${key}` as MessageKey), value) };
}
