import type { Lesson } from '../lesson-types.ts';
import { running, BUSYBOX } from './helpers.ts';

export const lesson: Lesson = {
  id: 'share-a-volume',
  title: 'Share a volume between two containers',
  concept: { href: '/volume/#volumes', label: 'Volumes' },
  intro:
    'Two containers can mount the same volume at once. Start two running containers, app and backup, that both mount the volume shared.',
  images: [BUSYBOX],
  setup: [],
  goals: [
    {
      text: 'Containers app and backup are running',
      met: (state) => running(state, 'app').length === 1 && running(state, 'backup').length === 1,
    },
    {
      text: 'Both mount the volume shared',
      met: (state) =>
        ['app', 'backup'].every((name) =>
          state.containers
            .find((container) => container.name === name)
            ?.mounts.some((mount) => mount.source === 'shared'),
        ),
    },
  ],
  hints: [
    'A container that should keep running needs a long-running command: sleep 3600 will do.',
    `docker run -d --name app -v shared:/data ${BUSYBOX} sleep 3600`,
  ],
  solution: [
    `docker run -d --name app -v shared:/data ${BUSYBOX} sleep 3600`,
    `docker run -d --name backup -v shared:/data:ro ${BUSYBOX} sleep 3600`,
  ],
  learned:
    'Several containers may mount one volume, read-write or read-only (:ro); the volume cannot be removed while any of them exists.',
};
