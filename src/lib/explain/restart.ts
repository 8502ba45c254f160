import { toInvalid, type Decoded } from './decoded.ts';

const POLICIES: Readonly<Record<string, string>> = {
  no: 'Never restarted when it stops (the default).',
  always: 'Restarted whenever it stops, and started again when the daemon starts, even after you stopped it by hand.',
  'unless-stopped':
    'Restarted whenever it stops, unless you stopped it: then it stays stopped, even after the daemon restarts.',
  'on-failure': 'Restarted when it exits with a non-zero status',
};

/**
 * Says what a `--restart` policy does: `no`, `always`, `unless-stopped` or `on-failure[:max-retries]`.
 * @example decodeRestart('on-failure:5').text // 'Restarted when it exits with a non-zero status, at most 5 times.'
 */
export function decodeRestart(policy: string): Decoded {
  const [name = '', retries] = policy.split(':');
  const meaning = POLICIES[name];
  if (!meaning || (retries !== undefined && (name !== 'on-failure' || !/^\d+$/.test(retries))))
    return toInvalid('A restart policy is no, always, unless-stopped or on-failure[:max-retries].');
  const tail = name === 'on-failure' ? (retries ? `, at most ${retries} times.` : ', with no limit.') : '';
  return { text: `${meaning}${tail}`, concept: '/running-containers/#restart-policies' };
}
