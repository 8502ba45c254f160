import type { Decoded } from './decoded.ts';
import type { MessageKey } from './messages.ts';
import type { Say } from './say.ts';

/** The policies, each with the key of its meaning in messages.ts. */
const POLICIES: Readonly<Record<string, MessageKey>> = {
  no: 'restart.no',
  always: 'restart.always',
  'unless-stopped': 'restart.unless-stopped',
  'on-failure': 'restart.on-failure',
};

/**
 * Says what a `--restart` policy does: `no`, `always`, `unless-stopped` or `on-failure[:max-retries]`.
 * @example decodeRestart('on-failure:5', '', SAY).text // 'Restarted when it exits with a non-zero status, at most 5 times.'
 */
export function decodeRestart(policy: string, _commandPath: string, say: Say): Decoded {
  const [name = '', retries] = policy.split(':');
  const meaning = POLICIES[name];
  if (!meaning || (retries !== undefined && (name !== 'on-failure' || !/^\d+$/.test(retries))))
    return { text: say('restart.bad'), invalid: true };
  return {
    text: retries ? say('restart.retries', retries) : say(meaning),
    concept: '/running-containers/#restart-policies',
  };
}
