/**
 * How long the search dialog waits after a keystroke before it searches, in ms: long enough to
 * skip the words in between when typing fast, short enough to feel immediate (a warm search
 * takes a few ms, docs/search.md). The search benchmark subtracts it.
 */
export const SEARCH_DEBOUNCE_MS = 120;
