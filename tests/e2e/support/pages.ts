/** Test pages: the project's own, served by the e2e tests from 127.0.0.1. */
import { readFileSync } from 'node:fs';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A news article of our own (fixtures/winter-digest.html) that mentions every
 * topic of the default pack: headings, paragraphs, a bullet list, and the
 * regions Briefmark must leave alone.
 */
export function articleHtml(): string {
  const article = readFileSync(new URL('./fixtures/winter-digest.html', import.meta.url), 'utf8').replace(/<!--[^]*?-->\s*/, '');
  return page('Russia and the U.S.: a winter digest', `${article}${NOT_FOR_HIGHLIGHTING}`);
}

/**
 * Regions Briefmark must leave alone, each full of topic names: a form field,
 * a rich-text editor, code and a code block.
 */
export const NOT_FOR_HIGHLIGHTING = `
<section id="keep-out">
  <h2>Reader comments</h2>
  <label>Your comment <textarea id="comment">BRICS and the Bella 1 tanker; the Oreshnik strike</textarea></label>
  <input id="search" value="Alaska summit BRICS">
  <div id="editor" contenteditable="true"><p>Draft: the Bella 1 and <b>BRICS</b> and the Oreshnik</p></div>
  <p>Code: <code id="inline-code">brics = "BRICS"; oreshnik()</code></p>
  <pre id="code-block">// Bella 1 tracker\nconst BRICS = ['Oreshnik'];</pre>
</section>`;

/** A page that mentions no topic of the briefing. */
export function unrelatedHtml(): string {
  return page(
    'Gardening notes',
    `<article><h1>Tomatoes in November</h1><p>Cover the beds before the first frost, and water in the morning.</p>
     <p>A wall of old bricks keeps the heat through the night.</p></article>`,
  );
}

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  body { font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 40px auto; padding: 0 20px; color: #222; }
  h1, h2 { font-family: system-ui, sans-serif; }
  textarea { width: 100%; height: 60px; }
  #editor { border: 1px solid #999; padding: 6px; }
</style></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/** A page that grows and navigates in place, as news sites do. */
export function liveHtml(): string {
  return page(
    'Live coverage',
    `<main id="main"><h2>Live updates</h2><div id="feed"><p>Waiting for news from the summit.</p></div></main>`,
  );
}

/**
 * A page whose framework re-renders away anything it did not render itself:
 * every change inside #app puts the original markup back. It counts its
 * re-renders, so a test can see that the two sides stop.
 */
export function fightingHtml(): string {
  return page(
    'Re-rendering page',
    `<div id="app"><p>BRICS leaders met as the Oreshnik strike was debated.</p></div>
<script>
  window.renders = 0;
  const app = document.getElementById('app');
  const original = app.innerHTML;
  new MutationObserver(() => {
    if (app.innerHTML === original) return;
    window.renders++;
    app.innerHTML = original;
  }).observe(app, { childList: true, subtree: true, characterData: true });
  window.ticks = 0;
  setInterval(() => window.ticks++, 50);
</script>`,
  );
}

/** A short news page of our own, mentioning a few topics more than once. */
export function newsHtml(): string {
  return page(
    'Briefing digest',
    `<article>
  <p>BRICS foreign ministers meet next month. The BRICS chair, India, set the agenda.</p>
  <p>Russia fired an Oreshnik missile at Lviv region; the Oreshnik strike was raised at the UN.</p>
  <p>The U.S. seized the tanker Bella 1 in the North Atlantic.</p>
  <p>Analysts compare the BRICS Plus format with the G7.</p>
</article>`,
  );
}

/** Mentions written across inline elements, as rich-text pages write them. */
export function splitMentionsHtml(): string {
  return page(
    'Split mentions',
    `<article id="split">
  <p id="tanker">The tanker <a href="#bella">Bella</a> <b>1</b> changed its name mid-chase.</p>
  <p id="summit">Putin and Trump met at the <em>Alaska</em> summit last August.</p>
  <p id="apart">Bella</p><p>1 is not one phrase across paragraphs.</p>
</article>`,
  );
}

/**
 * Text inside an open shadow root (a web component) and inside a same-origin
 * iframe, where mark.js alone does not look.
 */
export function componentsHtml(): string {
  return page(
    'Embedded content',
    `<p>Top: the BRICS summit.</p>
<news-card id="card"></news-card>
<iframe id="frame" src="/frame-content" width="600" height="120"></iframe>
<script>
  customElements.define('news-card', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML = '<style>p { color: #333 }</style><p>Inside a component: the Oreshnik strike.</p>';
    }
  });
</script>`,
  );
}

export function frameContentHtml(): string {
  return page('Frame', '<p>Inside a frame: the Bella 1 tanker.</p>');
}

/* Hostile pages: pages that do their worst, by accident or on purpose. */

/** A page that styles everything, `mark` above all, as aggressively as CSS allows. */
export function aggressiveCssHtml(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Aggressive styles</title>
<style>
  * { all: unset; display: block !important; color: red !important; font-size: 40px !important }
  mark { display: none !important; background: black !important }
  head, style, title { display: none !important }
</style></head><body>
<article><p>The BRICS summit opened as the Oreshnik strike was debated.</p>
<p>Page's own mark: <mark id="page-mark">not ours</mark>. The Bella 1 tanker was seized.</p></article>
</body></html>`;
}

/** 50,000 spans, each with text and text after it: 100,000 text nodes, a mention in every 100th span. */
export const MANY_NODES = { paragraphs: 500, spansPerParagraph: 100, mentionEvery: 100 };

export function manyTextNodesHtml(): string {
  const { paragraphs, spansPerParagraph, mentionEvery } = MANY_NODES;
  const body: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const spans: string[] = [];
    for (let s = 0; s < spansPerParagraph; s++) {
      const i = p * spansPerParagraph + s;
      spans.push(`<span>item ${i}${i % mentionEvery === 0 ? ' on BRICS' : ''}</span> and `);
    }
    body.push(`<p>${spans.join('')}</p>`);
  }
  // The page's own timer: its longest gap shows whether the page stayed responsive.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many text nodes</title>
<script>
  window.ticks = [];
  setInterval(() => window.ticks.push(performance.now()), 20);
</script></head><body>${body.join('\n')}</body></html>`;
}

/**
 * A mention at the bottom of `depth` nested elements, built by script (the
 * HTML parser caps nesting at 512). The nested elements lay out as
 * `display: contents`: Chromium's own layout of a few thousand nested blocks
 * hangs the tab for many seconds, extension or not.
 */
export function deeplyNestedHtml(depth: number): string {
  return page(
    'Deeply nested',
    `<style>#root div { display: contents }</style><div id="root"></div>
<script>
  let node = document.getElementById('root');
  for (let i = 0; i < ${depth}; i++) {
    const child = document.createElement('div');
    node.appendChild(child);
    node = child;
  }
  node.appendChild(document.createTextNode('At the bottom: the BRICS summit and the Oreshnik strike.'));
  window.depth = ${depth};
</script>`,
  );
}

/**
 * A page whose own event handlers throw, on the window and the document, in
 * the capture and bubble phases. It counts how often they ran and how many
 * errors reached window.onerror.
 */
export function throwingHandlersHtml(): string {
  return page(
    'Throwing handlers',
    `<article><p>The BRICS summit opened. <a href="#" id="link">A link</a> about the Oreshnik strike.</p></article>
<script>
  window.handled = {};
  window.onerrorCount = 0;
  window.onerror = () => { window.onerrorCount++; };
  for (const type of ['mouseover', 'mouseout', 'mousemove', 'focusin', 'focusout', 'click', 'keydown', 'pointerover']) {
    for (const target of [window, document]) {
      for (const capture of [true, false]) {
        target.addEventListener(type, () => {
          window.handled[type] = (window.handled[type] ?? 0) + 1;
          throw new Error('page handler failed on ' + type);
        }, capture);
      }
    }
  }
</script>`,
  );
}

/** A page on the example pack's subject (docs/examples/arctic-shipping.json), and one BRICS mention. */
export function arcticHtml(): string {
  return page(
    'Arctic shipping notes',
    `<article><p>Ships in polar waters must follow the Polar Code, and the Arctic Council met again.</p>
<p>Meanwhile BRICS ministers gathered. Operators prepare for the heavy fuel oil ban.</p>
<p>Analysts discussed the Zeitenwende doctrine at length.</p></article>`,
  );
}
