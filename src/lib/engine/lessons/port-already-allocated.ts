import type { Lesson } from '../lesson-types.ts';
import { running, NGINX } from './helpers.ts';

export const lesson: Lesson = {
  id: 'port-already-allocated',
  title: 'Recover from "port is already allocated"',
  concept: { href: '/network/#publishing-ports', label: 'Publishing ports' },
  intro:
    'old holds host port 8080. A second container, new, was created with -p 8080:80 and failed to start: it is left Created. Make new run on port 8080.',
  images: [NGINX],
  setup: [`docker run -d --name old -p 8080:80 ${NGINX}`, `docker run -d --name new -p 8080:80 ${NGINX}`],
  goals: [
    {
      text: 'new is running and publishes host port 8080',
      met: (state) =>
        running(state, 'new').some((container) => container.ports.some((binding) => binding.hostPort === 8080)),
    },
  ],
  hints: [
    'Look at docker ps -a: new is Created, not running.',
    'Free the port: docker stop old (or docker rm -f old).',
    'Then docker start new.',
  ],
  solution: ['docker rm -f old', 'docker start new'],
  learned:
    'A failed start leaves the container created with its configuration; once the port is free, start it again rather than running a new one.',
};
