// @vitest-environment jsdom
/**
 * The run walker: which text it returns and where runs break. It walks the
 * text nodes alone and works out what lies between them, so each way an
 * element can end a run (or not) between two text nodes of one block is here.
 */
import { describe, expect, it } from 'vitest';
import { isExcludedElement } from '../../entrypoints/content/engine/exclusion';
import { RunWalker } from '../../entrypoints/content/engine/text-runs';

/** The runs under `root` as the walker reads them. */
function runsOf(root: Node, shadowRoots?: ShadowRoot[]): string[] {
  const walker = new RunWalker(root, isExcludedElement, shadowRoots);
  const runs: string[] = [];
  for (let node = walker.next(); node; node = walker.next()) {
    if (walker.continuesRun) runs[runs.length - 1] += node.data;
    else runs.push(node.data);
  }
  return runs;
}

const runsOfHtml = (html: string) => {
  document.body.innerHTML = html;
  return runsOf(document.body);
};

describe('the run walker', () => {
  it.each([
    ['inline elements join', '<p>the <a href="#">Alaska</a> <b>sum<i>mit</i></b>!</p>', ['the Alaska summit!']],
    ['a comment joins', '<p>Bella<!-- x -->1</p>', ['Bella1']],
    ['an empty inline element joins', '<p>Bella<span></span>1<wbr>2</p>', ['Bella12']],
    ['a line break breaks', '<p>Bella<br>1</p>', ['Bella', '1']],
    ['an image breaks', '<p>Bella<img alt="">1</p>', ['Bella', '1']],
    ['an image inside an inline element breaks', '<p>Bella<span><img alt=""></span>1</p>', ['Bella', '1']],
    ['an input breaks', '<p>Bella<input>1</p>', ['Bella', '1']],
    ['an empty excluded element breaks', '<p>Bella<code></code>1</p>', ['Bella', '1']],
    ['excluded text breaks and is not read', '<p>Bella<code>x</code>1 <kbd>y</kbd></p>', ['Bella', '1 ']],
    ['an empty block breaks', '<div>Bella<div></div>1</div>', ['Bella', '1']],
    ['blocks break', '<div><p>Bella</p><p>1</p></div><div>Alaska <div>summit</div> talks</div>', ['Bella', '1', 'Alaska ', 'summit', ' talks']],
    ['an editor is not read', '<p>a</p><div contenteditable="">b<p>c</p></div><div contenteditable="false">d</div>', ['a', 'd']],
    ['script and style are not read', '<p>a<script>var b</script><style>p{}</style>c</p>', ['a', 'c']],
    ['a nested list breaks its item', '<ul><li>Alaska<ul><li>x</li></ul>summit</li></ul>', ['Alaska', 'x', 'summit']],
  ])('%s', (_, html, runs) => {
    expect(runsOfHtml(html)).toEqual(runs);
  });

  it('does not ask about its root, only what is under it', () => {
    document.body.innerHTML = '<code>a<b>b</b></code>';
    expect(runsOf(document.querySelector('code')!)).toEqual(['ab']);
  });

  it('lists the open shadow roots under its root in document order, none in excluded regions', () => {
    document.body.innerHTML = '<div id="one"></div><p>x<span id="two"></span></p><div contenteditable=""><div id="hidden"></div></div><x-card id="three"></x-card>';
    const roots = ['one', 'two', 'hidden', 'three'].map((id) => document.getElementById(id)!.attachShadow({ mode: 'open' }));
    const found: ShadowRoot[] = [];
    expect(runsOf(document.body, found)).toEqual(['x']);
    expect(found).toEqual([roots[0], roots[1], roots[3]]);
  });

});
