import type { Lesson } from '../lesson-types.ts';
import { ranOk, BUSYBOX } from './helpers.ts';

export const lesson: Lesson = {
  id: 'restart-policy',
  title: 'A restart policy brings a crashing container back',
  concept: { href: '/running-containers/#restart-policies', label: 'Restart policies' },
  intro:
    'Run a container named flaky that fails (sh -c "exit 1") with a policy that restarts it up to three times on failure, then check how often it was restarted.',
  images: [BUSYBOX],
  setup: [],
  goals: [
    {
      text: 'flaky has the restart policy on-failure',
      met: (state) =>
        state.containers.some((container) => container.name === 'flaky' && container.restart.name === 'on-failure'),
    },
    {
      text: 'flaky was restarted at least once',
      met: (state) => state.containers.some((container) => container.name === 'flaky' && container.restartCount > 0),
    },
    {
      text: 'Its restart count was read with docker inspect',
      met: (_state, ran) => ranOk(ran, /inspect.*RestartCount.*flaky|inspect.*flaky/),
    },
  ],
  hints: [
    '--restart on-failure:3 restarts a container whose process exits non-zero, at most 3 times.',
    `docker run -d --name flaky --restart on-failure:3 ${BUSYBOX} sh -c 'exit 1'`,
    "docker inspect -f '{{.RestartCount}}' flaky",
  ],
  solution: [
    `docker run -d --name flaky --restart on-failure:3 ${BUSYBOX} sh -c 'exit 1'`,
    "docker inspect -f '{{.RestartCount}}' flaky",
  ],
  learned:
    'The daemon, not the container, restarts it: on-failure counts restarts up to its limit, always restarts without one, and a container you stop stays stopped.',
};
