// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../data/matcher';
import { structure, topic } from './fixtures';
import { modelOf } from './engine-model';
import {
  EXCLUDED_SELECTOR,
  countMentions,
  inSlices,
  isExcludedElement,
  highlight as highlightWith,
  marksIn,
  mentionsIn,
  mentionText,
  pass,
  unhighlight,
} from '../../entrypoints/content/engine';
import type { CompiledMatcher } from '../../data/matcher';

const highlight = (root: Node, matcher: CompiledMatcher, attributes: { colorOf(id: string): string | undefined }) =>
  highlightWith(root, modelOf(matcher), attributes);


const pack = {
  topics: [topic('bella-1', ['Bella 1']), topic('brics', [{ text: 'BRICS', caseSensitive: true }]), topic('oreshnik', ['Oreshnik'])],
};
const attributes = { colorOf: () => '#123456' };

const PAGE = `
  <h1>BRICS and the Bella 1</h1>
  <p>The <b>Oreshnik</b> strike; BRICS's summit; the Bella 1 again, and BRICS.</p>
  <p>bricks and brics are not BRICS-like? <a href="#">Oreshnik</a></p>
  <textarea>Bella 1 in a textarea</textarea>
  <input value="BRICS">
  <div contenteditable="true"><p>Bella 1 in an <i>editor BRICS</i></p></div>
  <div contenteditable="false">BRICS outside an editor</div>
  <pre>Bella 1 <span>BRICS in pre</span></pre>
  <p><code>Oreshnik()</code></p>
  <svg><text>BRICS in SVG</text></svg>
  <script>var x = "BRICS";</script>
  <style>.BRICS{}</style>
  <noscript>BRICS</noscript>
  <briefmark-card data-briefmark-ui><span>BRICS in our UI</span></briefmark-card>
`;

describe('highlighter', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('marks every mention with the DOM contract, in one walk', () => {
    const added = highlight(document.body, compileMatcher(pack), attributes);
    const marks = marksIn(document.body);
    expect(added).toBe(marks.length);
    expect(marks.map((m) => [m.dataset.topic, m.textContent])).toEqual([
      ['brics', 'BRICS'],
      ['bella-1', 'Bella 1'],
      ['oreshnik', 'Oreshnik'],
      ['brics', "BRICS's"],
      ['bella-1', 'Bella 1'],
      ['brics', 'BRICS'],
      ['brics', 'BRICS'],
      ['oreshnik', 'Oreshnik'],
      ['brics', 'BRICS'],
    ]);
    for (const mark of marks) {
      expect(mark.tagName).toBe('MARK');
      expect(mark.className).toBe('briefmark');
      // Focusable from script (a keyboard step), but no tab stop of its own;
      // one inside a link ("<a>Oreshnik</a>") leaves focus to the link.
      expect(mark.getAttribute('tabindex')).toBe(mark.closest('a') ? null : '-1');
    }
    expect(countMentions(document.body)).toEqual({ brics: 5, 'bella-1': 2, oreshnik: 2 });
  });

  it('never marks inside fields, editors, code, SVG, scripts or its own UI', () => {
    highlight(document.body, compileMatcher(pack), attributes);
    const forbidden = 'textarea, input, [contenteditable="true"], pre, code, svg, script, style, noscript, briefmark-card';
    for (const region of document.querySelectorAll(forbidden)) {
      expect(region.querySelector('mark'), region.outerHTML).toBeNull();
    }
    // contenteditable="false" is ordinary page text.
    expect(document.querySelector('[contenteditable="false"] mark')).not.toBeNull();
  });

  it('restores the exact node structure when every highlight is removed', () => {
    const before = structure(document.body);
    highlight(document.body, compileMatcher(pack), attributes);
    expect(structure(document.body)).not.toEqual(before);
    expect(unhighlight(document.body)).toBe(9);
    expect(structure(document.body)).toEqual(before);
  });

  it('removes one topic and keeps the others', () => {
    highlight(document.body, compileMatcher(pack), attributes);
    const before = document.body.textContent;
    expect(unhighlight(document.body, new Set(['brics']))).toBe(5);
    expect(countMentions(document.body)).toEqual({ 'bella-1': 2, oreshnik: 2 });
    expect(document.body.textContent).toBe(before);
  });

  it('adds only what is missing when run again, without nesting marks', () => {
    const disabled = new Set(['brics']);
    highlight(document.body, compileMatcher(pack, { disabled }), attributes);
    expect(countMentions(document.body)).toEqual({ 'bella-1': 2, oreshnik: 2 });
    highlight(document.body, compileMatcher(pack), attributes);
    expect(countMentions(document.body)).toEqual({ brics: 5, 'bella-1': 2, oreshnik: 2 });
    expect(document.querySelector('mark mark')).toBeNull();
  });

  it('does nothing when nothing is enabled', () => {
    const before = structure(document.body);
    const none = new Set(pack.topics.map((t) => t.id));
    expect(highlight(document.body, compileMatcher(pack, { disabled: none }), attributes)).toBe(0);
    expect(structure(document.body)).toEqual(before);
  });
});

describe('the sliced passes', () => {
  // A budget no slice can meet: every check of the clock says "yield now".
  const everyStep = () => {
    const slices = { yields: 0, edits: 0 };
    const options = {
      sliceMs: -1,
      yieldToPage: async () => void slices.yields++,
      edit: (change: () => void) => void (slices.edits++, change()),
    };
    return { slices, options };
  };

  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('mark what the one-go pass marks, yielding to the page between slices', async () => {
    const before = structure(document.body);
    highlight(document.body, compileMatcher(pack), attributes);
    const expected = structure(document.body);
    unhighlight(document.body);
    expect(structure(document.body)).toEqual(before);

    const { slices, options } = everyStep();
    const result = await inSlices(pass([document.body], modelOf(compileMatcher(pack)), {}, attributes), options);
    expect(result).toEqual({ added: 9, removed: 0 });
    expect(structure(document.body)).toEqual(expected);
    expect(slices.yields).toBeGreaterThan(0);
    // One slice per step: each context's marks are one edit.
    expect(slices.edits).toBe(slices.yields + 1);
  });

  it('take marks of a topic turned off out in the same pipeline, and leave the page whole', async () => {
    const before = structure(document.body);
    highlight(document.body, compileMatcher(pack), attributes);
    const { options } = everyStep();
    const result = await inSlices(pass([document.body], modelOf(compileMatcher(pack, { disabled: new Set(['brics']) })), {}, attributes), options);
    expect(result).toEqual({ added: 0, removed: 5 });
    expect(countMentions(document.body)).toEqual({ 'bella-1': 2, oreshnik: 2 });
    unhighlight(document.body);
    expect(structure(document.body)).toEqual(before);
  });

  it('stop between slices once aborted, leaving the page whole', async () => {
    const before = structure(document.body);
    const { options } = everyStep();
    const signal = { aborted: false };
    const steps = pass([document.body], modelOf(compileMatcher(pack)), {}, attributes);
    expect(await inSlices(steps, { ...options, signal, yieldToPage: async () => void (signal.aborted = true) })).toBeUndefined();
    unhighlight(document.body);
    expect(structure(document.body)).toEqual(before);
  });
});

describe('mentions split across inline elements', () => {
  const splitPack = {
    topics: [
      topic('bella-1', ['Bella 1']),
      topic('alaska-summit', ['Alaska summit']),
      topic('brics', [{ text: 'BRICS', caseSensitive: true }]),
    ],
  };
  const mentions = () => mentionsIn(document.body).map((mark) => [mark.dataset.topic, mentionText(mark)]);

  it('marks "Bella <b>1</b>" as one mention in several marks, counted once; a mark in a link takes no tabindex', () => {
    document.body.innerHTML = '<p id="p">The <a href="#">Bella</a> <b>1</b> sailed; BRICS met.</p>';
    const before = structure(document.body);
    expect(highlight(document.body, compileMatcher(splitPack), attributes)).toBe(2);
    expect(mentions()).toEqual([
      ['bella-1', 'Bella 1'],
      ['brics', 'BRICS'],
    ]);
    const pieces = marksIn(document.body, new Set(['bella-1']));
    expect(pieces.map((mark) => mark.textContent)).toEqual(['Bella', ' ', '1']);
    // The first piece is in a link, which stays the one stop; the later pieces are never focused.
    expect(pieces.map((mark) => mark.hasAttribute('tabindex'))).toEqual([false, false, false]);
    expect(marksIn(document.body, new Set(['brics']))[0]!.getAttribute('tabindex')).toBe('-1');
    expect(pieces.map((mark) => mark.hasAttribute('data-continued'))).toEqual([false, true, true]);
    expect(document.querySelector('a mark')?.textContent).toBe('Bella');
    expect(document.querySelector('b mark')?.textContent).toBe('1');
    expect(countMentions(document.body)).toEqual({ 'bella-1': 1, brics: 1 });
    expect(document.body.textContent).toBe('The Bella 1 sailed; BRICS met.');

    expect(unhighlight(document.body)).toBe(2);
    expect(structure(document.body)).toEqual(before);
  });

  it('joins adjacent text nodes and takes the longest mention across them', () => {
    document.body.innerHTML = '<p>At the <span>Alaska</span> summit</p>';
    const p = document.querySelector('p')!;
    p.insertBefore(document.createTextNode(''), p.firstChild);
    highlight(document.body, compileMatcher(splitPack), attributes);
    expect(mentions()).toEqual([['alaska-summit', 'Alaska summit']]);
  });

  it('does not join text across blocks, line breaks or excluded regions', () => {
    document.body.innerHTML = `
      <div><p>Bella</p><p>1</p></div>
      <p>Bella<br>1</p>
      <p>Bella <code>x</code> 1</p>
      <div>Alaska <div>summit</div></div>
      <p>Bella <textarea>z</textarea> 1</p>`;
    const before = structure(document.body);
    expect(highlight(document.body, compileMatcher(splitPack), attributes)).toBe(0);
    expect(structure(document.body)).toEqual(before);
  });

  it('reads a run as one text, so a word glued on from the next element is no mention', () => {
    document.body.innerHTML = '<p>BRICS<b>ton</b>, <i>Bella</i>1 and <b>x</b>BRICS, but BRICS.</p><p>Bella <b>1</b> and BRICS<b>ton</b></p>';
    const before = structure(document.body);
    highlight(document.body, compileMatcher(splitPack), attributes);
    expect(mentions()).toEqual([
      ['brics', 'BRICS'],
      ['bella-1', 'Bella 1'],
    ]);
    // "xBRICS" is no mention; the "BRICS" after it is.
    expect(document.querySelector('mark')!.previousSibling?.textContent).toBe('BRICS, but ');
    unhighlight(document.body);
    expect(structure(document.body)).toEqual(before);
  });

  it('removes every piece when the topic is turned off, and keeps the others', () => {
    document.body.innerHTML = '<p>Bella <b>1</b>, BRICS and <i>Bella</i> 1.</p>';
    const before = structure(document.body);
    highlight(document.body, compileMatcher(splitPack), attributes);
    expect(countMentions(document.body)).toEqual({ 'bella-1': 2, brics: 1 });
    expect(unhighlight(document.body, new Set(['bella-1']))).toBe(2);
    expect(marksIn(document.body).map((mark) => mark.textContent)).toEqual(['BRICS']);
    unhighlight(document.body);
    expect(structure(document.body)).toEqual(before);
  });
});

describe('the exclusion test the scan runs on every element', () => {
  it('agrees with the EXCLUDED selectors, on excluded elements and look-alikes', () => {
    document.body.innerHTML = `
      <code></code><pre></pre><textarea></textarea><input><select><option></option></select><button></button>
      <script type="text/plain"></script><style></style><noscript></noscript><template></template><kbd></kbd><samp></samp>
      <svg></svg><math></math><div contenteditable></div><div contenteditable="true"></div><span contenteditable="plaintext-only"></span>
      <div role="textbox"></div><div class="CodeMirror"></div><div class="cm-editor x"></div><div class="monaco-editor"></div>
      <div class="ace_editor"></div><briefmark-card data-briefmark-ui></briefmark-card><mark class="briefmark"></mark>
      <div contenteditable="false"></div><div role="button"></div><div class="codemirror-like"></div><mark></mark>
      <p class="x" id="y"></p><span></span><code-block></code-block><a href="#"></a>`;
    const elements = Array.from(document.body.querySelectorAll('*'));
    expect(elements.length).toBeGreaterThan(30);
    for (const element of elements) {
      expect(isExcludedElement(element), element.outerHTML).toBe(element.matches(EXCLUDED_SELECTOR));
    }
  });
});
