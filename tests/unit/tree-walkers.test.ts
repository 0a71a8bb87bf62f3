// @vitest-environment jsdom
import Mark from 'mark.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../data/matcher';
import { highlight, withTreeWalkers } from '../../entrypoints/content/engine';
import { modelOf } from './engine-model';
import { structure, topic } from './fixtures';

const PAGE = `
  <p>Bella 1 <b>and <i>Bella 1</i></b> then <span></span>Bella 1</p>
  <div><p>none here</p><p>Bella 1<br>Bella 1 <code>Bella 1</code> Bella 1</p></div>
  Bella 1
`;

/** What mark.js makes of the page's paragraphs, as `structure` sees it. */
function markedBy(walk: (work: () => void) => void, reject = false): string {
  document.body.innerHTML = PAGE;
  const contexts = [...document.body.querySelectorAll('p'), document.body];
  walk(() =>
    new Mark(contexts).markRegExp(/Bella 1/g, {
      filter: (node) => !reject || node.parentElement?.tagName !== 'I',
    }),
  );
  return JSON.stringify(structure(document.body));
}

describe('withTreeWalkers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives mark.js the same text nodes as its NodeIterators do, so the same marks', () => {
    const plain = (work: () => void) => work();
    const walked = (work: () => void) => withTreeWalkers(document, work);
    expect(markedBy(walked)).toBe(markedBy(plain));
    expect(markedBy(walked, true)).toBe(markedBy(plain, true));
    expect(markedBy(walked)).not.toBe(markedBy(plain, true));
  });

  it('leaves no NodeIterator behind when the highlighter runs mark.js', () => {
    const created = vi.spyOn(Document.prototype, 'createNodeIterator');
    document.body.innerHTML = PAGE;
    expect(highlight(document.body, modelOf(compileMatcher({ topics: [topic('bella-1', ['Bella 1'])] })), { colorOf: () => undefined })).toBe(7);
    expect(created).not.toHaveBeenCalled();
  });

  it("puts the document's own method back, also when the work throws", () => {
    const own = document.createNodeIterator;
    expect(() =>
      withTreeWalkers(document, () => {
        expect(document.createNodeIterator).not.toBe(own);
        throw new Error('thrown inside');
      }),
    ).toThrow('thrown inside');
    expect(document.createNodeIterator).toBe(own);
    expect(Object.getOwnPropertyDescriptor(document, 'createNodeIterator')).toBeUndefined();
  });
});
