/**
 * The CLI's Ellipsis, in a module of its own: the console's first chunk needs it (the Mounts
 * column), and importing format.ts there would pull in the tables that load with ps and the others.
 */

/** The CLI's Ellipsis: cut to `max` characters, the last one `…`. */
export function toEllipsis(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
