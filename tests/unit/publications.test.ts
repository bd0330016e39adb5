import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPublications, type PageItem } from '../../lib/content/publications.ts';
import { FULL_CONTENTS_LIMIT, publicationOf } from '../../lib/layouts/publication-of.ts';

function publication(slug: string, sections: number): PageItem[] {
  const landing = { inputPath: `./content/${slug}/index.md`, url: `/${slug}/`, data: { title: slug, order: 0, publication: true, updated: '2013' } };
  const pages = Array.from({ length: sections }, (_, i) => ({ inputPath: `./content/${slug}/s${i + 1}.md`, url: `/${slug}/s${i + 1}/`, data: { title: `Section ${i + 1}`, order: sections - i } }));
  return [...pages, landing];
}

describe('buildPublications', () => {
  it('returns each folder as a publication, landing page first, sections in front-matter order', () => {
    const [only] = buildPublications(publication('a', 3));
    assert.deepEqual(only?.pages.map((p) => p.data.title), ['a', 'Section 3', 'Section 2', 'Section 1']);
  });

  it('returns publications oldest first, and by folder when dated alike, whatever order Eleventy gives the pages in', () => {
    const items = [...publication('b', 1), ...publication('c', 1), ...publication('a', 1)];
    const expected = ['a', 'b', 'c'];
    assert.deepEqual(buildPublications(items).map((p) => p.slug), expected);
    assert.deepEqual(buildPublications([...items].reverse()).map((p) => p.slug), expected);
  });

  it('leaves out top-level pages and folders with no landing page', () => {
    const items = [...publication('a', 1), { inputPath: './content/index.sitepage', url: '/', data: {} }, { inputPath: './content/b/x.md', url: '/b/x/', data: {} }];
    assert.deepEqual(buildPublications(items).map((p) => p.slug), ['a']);
  });
});

describe('publicationOf', () => {
  it('returns the previous and next pages in reading order', () => {
    const publications = buildPublications(publication('a', 3));
    const here = publicationOf(publications, './content/a/s2.md');
    assert.equal(here?.previous?.url, '/a/s3/');
    assert.equal(here?.next?.url, '/a/s1/');
  });

  it('returns the whole contents for a publication of normal size', () => {
    const here = publicationOf(buildPublications(publication('a', 10)), './content/a/s5.md');
    assert.equal(here?.contents.length, 11);
    assert.equal(here?.contentsComplete, true);
  });

  it('returns nearby sections only, numbered, on a section of a very large publication', () => {
    const publications = buildPublications(publication('a', FULL_CONTENTS_LIMIT * 10));
    const here = publicationOf(publications, './content/a/s200.md');
    assert.equal(here?.contentsComplete, false);
    assert.ok((here?.contents.length ?? 0) <= 12);
    assert.equal(here?.contents[0]?.number, 1, 'the landing page comes first');
    assert.ok(here?.contents.some((entry) => entry.item.inputPath === './content/a/s200.md'));
    assert.equal(publicationOf(publications, './content/a/index.md')?.contents.length, FULL_CONTENTS_LIMIT * 10 + 1);
  });

  it('returns undefined for a page outside any publication', () => {
    assert.equal(publicationOf(buildPublications(publication('a', 1)), './content/index.sitepage'), undefined);
  });
});
