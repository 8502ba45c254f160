/** Site-wide names, used in titles, the header and link previews. */
export const SITE = {
  name: 'Docker Concepts',
  tagline: 'How Docker works, one concept at a time',
} as const;

/** localStorage key of the reader's theme choice ('light' | 'dark'); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'dk-theme';
