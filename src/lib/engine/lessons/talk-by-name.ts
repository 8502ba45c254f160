import type { Lesson } from '../lesson-types.ts';
import { userNetwork, ranOk, NGINX, BUSYBOX } from './helpers.ts';

export const lesson: Lesson = {
  id: 'talk-by-name',
  title: 'Make two containers talk by name',
  concept: { href: '/network/#user-defined-networks', label: 'User-defined networks' },
  intro:
    'The container web runs on the default bridge. Another container cannot reach it by name there: try docker run --rm busybox:1.38 ping -c1 web. Put both on a user-defined network and ping web by name.',
  images: [NGINX, BUSYBOX],
  setup: [`docker run -d --name web ${NGINX}`],
  goals: [
    { text: 'web is on a user-defined network', met: (state) => userNetwork(state, 'web') !== undefined },
    {
      text: 'A ping of web by name succeeded from another container',
      met: (_state, ran) => ranOk(ran, /\bping\b.*\bweb\b/),
    },
  ],
  hints: [
    'docker network create app makes a user-defined network with its own DNS.',
    'docker network connect app web adds the network to the running container.',
    `docker run --rm --network app ${BUSYBOX} ping -c1 web`,
  ],
  solution: [
    'docker network create app',
    'docker network connect app web',
    `docker run --rm --network app ${BUSYBOX} ping -c1 web`,
  ],
  learned:
    'The embedded DNS server (127.0.0.11) answers container names and aliases on user-defined networks only; on the default bridge, names do not resolve.',
};
