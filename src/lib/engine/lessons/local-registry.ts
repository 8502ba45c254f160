import type { Lesson } from '../lesson-types.ts';
import { ranOk, BUSYBOX } from './helpers.ts';

export const lesson: Lesson = {
  id: 'local-registry',
  title: 'Tag and push to a local registry',
  concept: { href: '/registry/#pushing-and-logging-in', label: 'Pushing and logging in' },
  intro:
    'A registry listens on localhost:5000. Push busybox:1.38 to it as localhost:5000/tools/busybox:1, remove the local tag, and pull it back.',
  images: [BUSYBOX],
  setup: [],
  goals: [
    { text: 'The registry holds tools/busybox:1', met: (state) => Boolean(state.registry['tools/busybox']?.['1']) },
    {
      text: 'It was pulled back from the registry',
      met: (_state, ran) =>
        ranOk(ran, /^docker (image )?pull localhost:5000\/tools\/busybox:1$/) ||
        ranOk(ran, /^docker run .*localhost:5000\/tools\/busybox:1/),
    },
  ],
  hints: [
    'The registry is part of the name: docker tag busybox:1.38 localhost:5000/tools/busybox:1.',
    'docker push localhost:5000/tools/busybox:1, then docker rmi localhost:5000/tools/busybox:1.',
    'docker pull localhost:5000/tools/busybox:1',
  ],
  solution: [
    'docker tag busybox:1.38 localhost:5000/tools/busybox:1',
    'docker push localhost:5000/tools/busybox:1',
    'docker rmi localhost:5000/tools/busybox:1',
    'docker pull localhost:5000/tools/busybox:1',
  ],
  learned:
    'A tag names an image for a registry; push uploads the layers the registry lacks, and rmi of one tag only untags while another tag holds the image.',
};
