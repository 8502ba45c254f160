/** Filler words, shared by query understanding (query.ts) and intents (intents.ts). Pure. */

/** Words that say nothing about where to go: in any question, or (docker) on every page. */
export const FILLER_WORDS = new Set(
  (
    'a about also an and any are as at be best between by can cannot cant could did difference differences do does docker doing ' +
    'didnt doesnt dont example for from get getting have help how i if in instead into is isnt it its just know me mean means ' +
    'many much my need of on one or our please possible properly really should so some that the there these this those to too use used uses using ' +
    'versus vs want was way were ways we what whats when where which why will with wont would you your'
  ).split(' '),
);
