import type { Lesson } from '../lesson-types.ts';
import { publishes, NGINX } from './helpers.ts';

export const lesson: Lesson = {
  id: 'publish-a-port',
  title: 'Publish a port',
  concept: { href: '/network/#publishing-ports', label: 'Publishing ports' },
  intro:
    'A container has its own network stack: nothing on the host reaches its port 80 until you publish it. Run nginx so that port 8080 of the host leads to port 80 of the container.',
  images: [NGINX],
  setup: [],
  goals: [
    {
      text: 'A running container publishes host port 8080 to container port 80',
      met: (state) => publishes(state, 8080, 80),
    },
  ],
  hints: ['The flag is -p HOST:CONTAINER, and -d keeps the console free.', `Try docker run -d -p 8080:80 ${NGINX}.`],
  solution: [`docker run -d --name web -p 8080:80 ${NGINX}`],
  learned:
    'Publishing binds a host port to a container port; without -p the container still runs, but only other containers on its network can reach it.',
};
