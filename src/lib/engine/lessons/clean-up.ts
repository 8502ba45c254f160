import type { Lesson } from '../lesson-types.ts';
import { BUSYBOX } from './helpers.ts';

export const lesson: Lesson = {
  id: 'clean-up',
  title: 'Clean up in the right order',
  concept: { href: '/container/#the-container-lifecycle', label: 'The container lifecycle' },
  intro:
    'A small application is running: a container api on the network backend with the volume db. Remove all three. Docker refuses to remove things that are in use, so the order matters.',
  images: [BUSYBOX],
  setup: [
    'docker network create backend',
    'docker volume create db',
    `docker run -d --name api --network backend -v db:/data ${BUSYBOX} httpd -f -p 80`,
  ],
  goals: [
    {
      text: 'No container named api',
      met: (state) => !state.containers.some((container) => container.name === 'api'),
    },
    {
      text: 'No network named backend',
      met: (state) => !state.networks.some((network) => network.name === 'backend'),
    },
    { text: 'No volume named db', met: (state) => !state.volumes.some((volume) => volume.name === 'db') },
  ],
  hints: [
    'Try docker volume rm db first and read the message.',
    'The container goes first: docker rm -f api stops and removes it.',
    'Then docker network rm backend and docker volume rm db.',
  ],
  solution: ['docker rm -f api', 'docker network rm backend', 'docker volume rm db'],
  learned:
    'Containers hold networks (while running) and volumes (while they exist): remove the container, then what it used.',
};
