import { withImages, type Preset } from './presets.ts';

/** A preset's edit with its Dockerfile's image tokens filled in. */
export function withEditImages(edit: Preset['edit'], images: Readonly<Record<string, string>>): Preset['edit'] {
  return 'dockerfile' in edit ? { ...edit, dockerfile: withImages(edit.dockerfile, images) } : edit;
}
