import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../src/integrations/anchor-manifest.ts';
import type { PageFacts } from '../../../src/lib/links/page-facts.ts';

/** A built page with these public anchors, plus ids that are not anchors (a form field, the TOC). */
function page(anchors: string[], otherIds: string[] = []): PageFacts {
  return { ids: new Set([...anchors, ...otherIds]), anchors, hrefs: [] };
}

const PAGES = new Map<string, PageFacts>([
  ['/volume/', page(['a-named-volume', 'bind-mounts'], ['dk-toc-title'])],
  ['/running-containers/', page(['restart-policies'])],
  ['/reference/cli/docker/container/run/', page(['publish'])],
]);

const REDIRECTS = {
  pages: { '/volumes/': '/volume/' },
  anchors: {
    '/volume/#named-volume': '/volume/#a-named-volume',
    '/container/#restart-policies': '/running-containers/#restart-policies',
    '/container/#gone-twice': '/running-containers/#no-such-section',
    '/container/#the-whole-page': '/running-containers/',
  },
};

const check = (published: string[], derived: Record<string, string> = {}) =>
  checkManifest(PAGES, published, derived, REDIRECTS);

describe('checkManifest', () => {
  it('accepts a published anchor that is still on its page', () => {
    expect(check(['/volume/#a-named-volume']).problems).toEqual([]);
  });

  it('refuses a published anchor that is gone without a redirect, naming the pin to restore and the file to declare it in', () => {
    expect(check(['/volume/#tmpfs-mounts']).problems).toEqual([
      '/volume/#tmpfs-mounts was published and is gone. Put {/* #tmpfs-mounts */} back on the heading it belonged to, ' +
        'or declare where it moved in src/data/redirects.json under "anchors".',
    ]);
  });

  it('accepts a gone anchor retired to an anchor, a page, a moved page or a derived address that exists', () => {
    expect(
      check(
        [
          '/volume/#named-volume',
          '/container/#restart-policies',
          '/container/#the-whole-page',
          '/volumes/#bind-mounts',
          '/reference/#docker-container-run--publish',
        ],
        { '/reference/#docker-container-run--publish': '/reference/cli/docker/container/run/#publish' },
      ).problems,
    ).toEqual([]);
  });

  it('refuses a redirect to an anchor that does not exist, and an id that is not a public anchor', () => {
    expect(check(['/container/#gone-twice', '/volume/#dk-toc-title']).problems).toEqual([
      '/container/#gone-twice redirects to /running-containers/#no-such-section, which does not exist: point it at an anchor that does.',
      '/volume/#dk-toc-title was published and is gone. Put {/* #dk-toc-title */} back on the heading it belonged to, ' +
        'or declare where it moved in src/data/redirects.json under "anchors".',
    ]);
  });

  it('lists the anchors of the build that the manifest does not have yet', () => {
    expect(check(['/volume/#a-named-volume']).added).toEqual([
      '/volume/#bind-mounts',
      '/running-containers/#restart-policies',
      '/reference/cli/docker/container/run/#publish',
    ]);
  });
});
