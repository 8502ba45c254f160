import type { Lesson } from '../lesson-types.ts';
import { ranOk, BUSYBOX } from './helpers.ts';

export const lesson: Lesson = {
  id: 'keep-data',
  title: 'Keep data when the container goes',
  concept: { href: '/volume/#a-named-volume-step-by-step', label: 'A named volume, step by step' },
  intro:
    'Files a container writes in its own layer disappear with it. Write a file into a named volume called notes, remove the container, and read the file from a new container.',
  images: [BUSYBOX],
  setup: [],
  goals: [
    {
      text: 'A volume named notes holds a file',
      met: (state) => Object.keys(state.volumes.find((volume) => volume.name === 'notes')?.files ?? {}).length > 0,
    },
    {
      text: 'A container that wrote to notes was removed since the lesson started',
      met: (_state, ran) => ran.some((item) => item.exit === 0 && /^docker (container )?rm\b/.test(item.line)),
    },
    {
      text: 'A later container read the file back (cat of a path in the volume succeeded)',
      met: (_state, ran) =>
        ranOk(ran, /-v notes:|source=notes/) &&
        ran.some((item) => item.exit === 0 && /\bcat\b/.test(item.line) && item.stdout.trim() !== ''),
    },
  ],
  hints: [
    '-v notes:/data mounts the volume notes at /data, and creates it if it does not exist.',
    `docker run --name writer -v notes:/data ${BUSYBOX} sh -c 'echo hello > /data/hello.txt'`,
    'Then docker rm writer, and a new docker run --rm -v notes:/data … cat /data/hello.txt.',
  ],
  solution: [
    `docker run --name writer -v notes:/data ${BUSYBOX} sh -c 'echo hello > /data/hello.txt'`,
    'docker rm writer',
    `docker run --rm -v notes:/data ${BUSYBOX} cat /data/hello.txt`,
  ],
  learned:
    'A named volume lives apart from any container: removing the container leaves the volume and its files, and the next container that mounts it sees them.',
};
