import committed from '../data/redirects.json' with { type: 'json' };
import { toRedirects, type Redirects } from '../lib/links/redirects.ts';

/** The committed redirects (src/data/redirects.json), checked once when first imported. */
export const REDIRECTS: Redirects = toRedirects(committed, 'src/data/redirects.json');
