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
    ['docker container rename', 'docker rename'],
    ['docker image history', 'docker history'],
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
    ['--interactive', '-i', [3, 4]],
    ['--tty', '-t', [3, 4]],
    ['--volumes', '-v', [11]],
  ],
  errors: {
    'port-allocated': { href: '/network/#publishing-ports', title: 'Publishing ports', page: 'Networks' },
  },
  questions: [
    ['How do I run docker without sudo?', { href: '/daemon/#socket', title: 'The socket', page: 'Daemon' }],
    [
      'What is the difference between a volume and a bind mount?',
      { href: '/volume/#mount-types', title: 'Mount types', page: 'Volumes' },
    ],
    [
      'How do I use the host network in a container?',
      { href: '/network/#network-drivers', title: 'Network drivers', page: 'Networks' },
    ],
    [
      'When should I use a tmpfs mount instead of a volume?',
      { href: '/volume/#tmpfs-mounts', title: 'tmpfs mounts', page: 'Volumes' },
    ],
    [
      'How do I see what is inside a volume?',
      { href: '/volume/#step-by-step', title: 'Step by step', page: 'Volumes' },
    ],
    ['Which containers use a volume?', { href: '/volume/#cleanup', title: 'Cleanup', page: 'Volumes' }],
  ],
  words: ['container', 'containers', 'inspect', 'network', 'networks', 'prune', 'volume', 'volumes'],
  intents: [
    ['List containers (running ones unless you ask for all)', 'ls ps list', 2, '', 'container ls'],
    ['Create a container from an image and start it', 'run', 3, '', 'container run'],
    ['Run another command inside a running container', 'exec', 4, '', 'container exec'],
    ['Delete local images or tags', 'rm rmi remove', 6, '', 'image rm'],
    ['Give a container a new name', 'rename', 13, '', 'container rename'],
    ['List the layers of an image and the steps that made them', 'history', 14, '', 'image history'],
    ['Name the container, so you can use it instead of the ID', 'name', 3, '--name', 'container run'],
    ['Remove the container, and its anonymous volumes, when it exits', 'rm', 3, '--rm', 'container run'],
  ],
};
