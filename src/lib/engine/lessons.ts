import type { Lesson } from './lesson-types.ts';
import { lesson as l0 } from './lessons/publish-a-port.ts';
import { lesson as l1 } from './lessons/keep-data.ts';
import { lesson as l2 } from './lessons/share-a-volume.ts';
import { lesson as l3 } from './lessons/talk-by-name.ts';
import { lesson as l4 } from './lessons/port-already-allocated.ts';
import { lesson as l5 } from './lessons/clean-up.ts';
import { lesson as l6 } from './lessons/local-registry.ts';
import { lesson as l7 } from './lessons/restart-policy.ts';
import { lesson as l8 } from './lessons/compose-up-down.ts';
import { lesson as l9 } from './lessons/postgres-environment.ts';

export type { Goal, Lesson, Ran } from './lesson-types.ts';

/** Every lesson in order. The browser loads only the one a page shows (lessons/<id>.ts). */
export const LESSONS: readonly Lesson[] = [l0, l1, l2, l3, l4, l5, l6, l7, l8, l9];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
