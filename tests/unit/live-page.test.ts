// @vitest-environment jsdom
/**
 * The engine's LivePage in jsdom: one pipeline for every trigger, and healing
 * when the page rewrites, removes or moves a text node we split. The
 * frameworks' end-to-end suites show the same in real browsers.
 */
import { createMatchingModel } from '../../data/matching';
import { afterEach, describe, expect, it } from 'vitest';
import { countMentions, LivePage, marksIn } from '../../entrypoints/content/engine';
import { pack, structure, topic } from './fixtures';

const talksAndBrics = pack('test', [
  topic('istanbul-talks', [{ text: 'Istanbul talks' }, { text: 'Istanbul', needsContext: true }], { context: ['Medinsky', 'Umerov'] }),
  topic('brics', [{ text: 'BRICS', caseSensitive: true }]),
]);

let page: LivePage | undefined;

/** A LivePage on this document whose timers run at once. */
async function livePage(disabled: string[] = []): Promise<LivePage> {
  page = new LivePage(document, {
    model: (disabled) => createMatchingModel(talksAndBrics, { disabled }),
    attributes: { colorOf: () => undefined },
    setTimeout: (handler) => window.setTimeout(handler, 0),
    clearTimeout: (id) => window.clearTimeout(id),
  });
  page.start(new Set(disabled));
  await page.idle();
  return page;
}

/** Lets the observer and the debounced flush run, then waits for the pass. */
async function settled(live: LivePage): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  await live.idle();
}

const marked = () => marksIn(document.body).map((mark) => [mark.dataset.topic, mark.textContent]);

afterEach(() => {
  page?.stop();
  page = undefined;
});

describe('LivePage: one pipeline', () => {
  it('reports a pass that threw, leaves the page as it was, and answers idle', async () => {
    document.body.innerHTML = '<p>BRICS met in Kazan.</p>';
    const before = structure(document.body);
    const failures: unknown[] = [];
    page = new LivePage(document, {
      model: () => ({
        mayMention: () => true,
        mentionsIn: () => {
          throw new Error('model broke');
        },
      }),
      attributes: { colorOf: () => undefined },
      onPassFailed: (error) => failures.push(error),
    });
    page.start(new Set());
    await page.idle();
    expect(failures.map((error) => (error as Error).message)).toEqual(['model broke']);
    expect(structure(document.body)).toEqual(before);
  });

  it('highlights a context-dependent form when its topic is turned on after load (issue 12)', async () => {
    document.body.innerHTML = '<p>Medinsky arrived. Delegates met in Istanbul.</p>';
    const live = await livePage(['istanbul-talks']);
    expect(countMentions(document.body)).toEqual({});
    live.setDisabled(new Set());
    await live.idle();
    expect(marked()).toEqual([['istanbul-talks', 'Istanbul']]);
  });

  it('reads context in the run only: a form elsewhere waits for nothing and is not marked', async () => {
    document.body.innerHTML = '<p>Medinsky arrived.</p><p>Ferries crossed at Istanbul. BRICS met.</p>';
    await livePage();
    expect(marked()).toEqual([['brics', 'BRICS']]);
  });

  it('marks new text, and a form whose context arrives in its run', async () => {
    document.body.innerHTML = '<p id="p">Ferries crossed at Istanbul.</p>';
    const live = await livePage();
    expect(marked()).toEqual([]);
    document.getElementById('p')!.append(' Medinsky spoke.');
    await settled(live);
    expect(marked()).toEqual([['istanbul-talks', 'Istanbul']]);
  });

  it('takes the marks of a topic turned off out, and the page is as it was', async () => {
    document.body.innerHTML = '<p>BRICS and the Istanbul talks; BRICS again.</p>';
    const before = structure(document.body);
    const live = await livePage();
    expect(countMentions(document.body)).toEqual({ brics: 2, 'istanbul-talks': 1 });
    live.setDisabled(new Set(['brics']));
    await live.idle();
    expect(marked()).toEqual([['istanbul-talks', 'Istanbul talks']]);
    live.stop();
    expect(structure(document.body)).toEqual(before);
  });
});

describe('LivePage: healing what a framework writes', () => {
  it('a text node the app rewrites says exactly the new text, highlighted anew', async () => {
    document.body.innerHTML = '<p id="p">Latest: BRICS summit is open</p>';
    const text = document.getElementById('p')!.firstChild as Text;
    const live = await livePage();
    expect(marked()).toEqual([['brics', 'BRICS']]);
    // As React and Vue do: the node they rendered, its value set.
    text.nodeValue = 'Latest: the Istanbul talks and BRICS closed';
    await Promise.resolve(); // the observer runs before the next task (and paint)
    expect(document.getElementById('p')!.textContent).toBe('Latest: the Istanbul talks and BRICS closed');
    await settled(live);
    expect(document.getElementById('p')!.textContent).toBe('Latest: the Istanbul talks and BRICS closed');
    expect(marked()).toEqual([
      ['istanbul-talks', 'Istanbul talks'],
      ['brics', 'BRICS'],
    ]);
    live.stop();
    expect(document.getElementById('p')!.childNodes).toHaveLength(1);
    expect(document.getElementById('p')!.firstChild).toBe(text);
  });

  it('a text node the app removes takes its pieces with it', async () => {
    document.body.innerHTML = '<p id="p">Status: <b>x</b></p>';
    const p = document.getElementById('p')!;
    const status = document.createTextNode(' BRICS summit is open');
    p.append(status);
    const live = await livePage();
    expect(marked()).toEqual([['brics', 'BRICS']]);
    p.removeChild(status);
    p.append('closed');
    await Promise.resolve();
    expect(p.textContent).toBe('Status: xclosed');
    expect(status.data).toBe(' BRICS summit is open');
    await settled(live);
    expect(p.textContent).toBe('Status: xclosed');
    expect(marked()).toEqual([]);
  });

  it('a text node the app moves is whole where it lands, and marked there', async () => {
    document.body.innerHTML = '<ul><li id="a"></li><li id="b">Second</li></ul>';
    const moved = document.createTextNode('First: BRICS met');
    document.getElementById('a')!.append(moved);
    const live = await livePage();
    expect(marked()).toEqual([['brics', 'BRICS']]);
    document.getElementById('b')!.append(moved);
    await settled(live);
    expect(document.getElementById('a')!.textContent).toBe('');
    expect(document.getElementById('b')!.textContent).toBe('SecondFirst: BRICS met');
    expect(marked()).toEqual([['brics', 'BRICS']]);
    expect(document.querySelector('#b mark')).not.toBeNull();
  });

  it('a mention across elements loses all its marks when one of its nodes is rewritten', async () => {
    document.body.innerHTML = '<p id="p">The <b>Istanbul</b> talks</p>';
    const tail = document.getElementById('p')!.childNodes[2] as Text;
    const live = await livePage();
    expect(marked()).toEqual([
      ['istanbul-talks', 'Istanbul'],
      ['istanbul-talks', ' talks'],
    ]);
    // The app's node kept only the text before the split (none); the rest went into pieces.
    expect(tail.data).toBe('');
    tail.data = ' ferry';
    await settled(live);
    expect(document.getElementById('p')!.textContent).toBe('The Istanbul ferry');
    expect(marked()).toEqual([]);
  });

  it('a route change that removes marked content is no fight: highlights follow 20 of them', async () => {
    document.body.innerHTML = '<main id="app"></main>';
    const app = document.getElementById('app')!;
    const live = await livePage();
    for (let route = 0; route < 20; route++) {
      const view = document.createElement('article');
      view.innerHTML = `<p>Route ${route}: BRICS met.</p>`;
      app.replaceChildren(view);
      await settled(live);
      expect(marked(), `route ${route}`).toEqual([['brics', 'BRICS']]);
    }
  });
});
