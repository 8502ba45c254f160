import type { Lesson } from '../lesson-types.ts';
import { ranOk } from './helpers.ts';

export const lesson: Lesson = {
  id: 'compose-up-down',
  title: 'A Compose project up and down',
  concept: { href: '/compose/#running-an-application', label: 'Running an application' },
  intro:
    'The compose.yaml beside the console describes an app and its redis. Start the project in the background, look at it, and take it down again (keeping its volume).',
  images: ['demo/app:1', 'redis:8'],
  setup: [],
  composeFile:
    "services:\n  web:\n    image: demo/app:1\n    ports:\n      - '8080:3000'\n    depends_on:\n      - redis\n  redis:\n    image: redis:8\n    volumes:\n      - cache:/data\nvolumes:\n  cache: {}\n",
  goals: [
    { text: 'The project was up with both services running', met: (_state, ran) => ranOk(ran, /^docker compose up/) },
    {
      text: 'It is down again: no containers of the project remain',
      met: (state, ran) =>
        ranOk(ran, /^docker compose down/) && !state.containers.some((container) => container.project),
    },
    { text: 'Its volume survived', met: (state) => state.volumes.some((volume) => volume.name.endsWith('_cache')) },
  ],
  hints: [
    'docker compose up -d starts every service in the background.',
    'docker compose ps lists the project, docker compose logs shows their output.',
    'docker compose down removes containers and the network; add -v only to remove volumes too.',
  ],
  solution: ['docker compose up -d', 'docker compose ps', 'docker compose down'],
  learned:
    'Compose names everything after the project (the folder: here playground): containers playground-web-1, the network playground_default, the volume playground_cache; down removes containers and networks but keeps volumes unless you add -v.',
};
