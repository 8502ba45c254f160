import type { Lesson } from '../lesson-types.ts';
import { running } from './helpers.ts';

export const lesson: Lesson = {
  id: 'postgres-environment',
  title: 'Environment and secrets of the postgres image',
  concept: { href: '/running-containers/#common-docker-run-flags', label: 'Common docker run flags' },
  intro:
    'The postgres image refuses to start without a superuser password. Run it as db, read why it stopped, and run it again with POSTGRES_PASSWORD set so that it stays up.',
  images: ['postgres:18'],
  setup: [],
  goals: [
    {
      text: 'A postgres container stopped for lack of a password and its logs were read',
      met: (_state, ran) => ran.some((item) => /^docker (container )?logs\b/.test(item.line)),
    },
    {
      text: 'A postgres container named db is running with POSTGRES_PASSWORD set',
      met: (state) =>
        running(state, 'db').some((container) => container.env.some((entry) => /^POSTGRES_PASSWORD=./.test(entry))),
    },
  ],
  hints: [
    'docker run -d --name db postgres:18, then docker ps -a and docker logs db.',
    'Remove it (docker rm db) and run it again with -e POSTGRES_PASSWORD=example.',
  ],
  solution: [
    'docker run -d --name db postgres:18',
    'docker logs db',
    'docker rm db',
    'docker run -d --name db -e POSTGRES_PASSWORD=example postgres:18',
  ],
  learned:
    'Images read their settings from environment variables; in real deployments pass secrets with a file (POSTGRES_PASSWORD_FILE and a Compose secret), not on the command line where docker inspect shows them.',
};
