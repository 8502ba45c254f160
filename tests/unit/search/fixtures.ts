import type { SearchVocabulary } from '../../../src/lib/search/vocabulary.ts';

/** A small vocabulary in the shape the build makes (src/lib/search/vocabulary.ts). */
export const VOCABULARY: SearchVocabulary = {
  commands: [
    ['docker'],
    ['docker container'],
    ['docker container ls', 'docker ps', 'docker container list'],
    ['docker container run', 'docker run'],
    ['docker container exec', 'docker exec'],
    ['docker image'],
    ['docker image rm', 'docker rmi', 'docker image remove'],
    ['docker volume'],
    ['docker volume inspect'],
    ['docker compose'],
    ['docker compose up'],
    ['docker compose down'],
    ['docker swarm'],
  ],
  flags: [
    ['--version', '-v', [0]],
    ['--all', '-a', [2]],
    ['--volume', '-v', [3]],
    ['--network-alias', '', [3]],
    ['--rm', '', [3]],
    ['--publish', '-p', [3]],
    ['--publish-all', '-P', [3]],
    ['--detach', '-d', [3, 10]],
  ],
  errors: {
    'port-allocated': { href: '/network/#publishing-ports', title: 'Publishing ports', page: 'Networks' },
  },
  questions: [['How do I run docker without sudo?', { href: '/daemon/#socket', title: 'The socket', page: 'Daemon' }]],
  words: ['container', 'containers', 'inspect', 'network', 'networks', 'prune', 'volume', 'volumes'],
};
