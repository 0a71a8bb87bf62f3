// @vitest-environment jsdom
/** How much is highlighted: the stored choice read defensively, regions left alone by the engine, first mentions kept. */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DENSITY, densityOf, leaveAloneSelectors, quietMentions } from '../../data/density';
import { createMatchingModel } from '../../data/matching';
import { blocksOf, LivePage, marksIn } from '../../entrypoints/content/engine';
import { pack, topic } from './fixtures';

const brics = pack('test', [topic('brics', [{ text: 'BRICS', caseSensitive: true }]), topic('bella-1', ['Bella 1'])]);
let page: LivePage | undefined;
afterEach(() => {
  page?.stop();
  page = undefined;
});

describe('density', () => {
  it('reads a stored choice defensively: navigation is left alone by default', () => {
    expect(densityOf(undefined)).toEqual(DEFAULT_DENSITY);
    expect(DEFAULT_DENSITY.leaveAlone).toEqual(['navigation']);
    expect(densityOf({ firstOnly: 'yes', leaveAlone: ['comments', 'nonsense', 'headings'] })).toEqual({ firstOnly: false, leaveAlone: ['headings', 'comments'] });
    expect(densityOf({ firstOnly: true, leaveAlone: [] })).toEqual({ firstOnly: true, leaveAlone: [] });
    expect(leaveAloneSelectors({ firstOnly: false, leaveAlone: [] })).toEqual([]);
  });

  it('keeps the first mention of each topic, in order', () => {
    const mentions = [{ id: 1, topic: 'a' }, { id: 2, topic: 'b' }, { id: 3, topic: 'a' }, { id: 4, topic: 'a' }, { id: 5, topic: 'b' }];
    expect([...quietMentions(mentions, (m) => m.topic)].map((m) => m.id)).toEqual([3, 4, 5]);
  });

  it('leaves the chosen regions alone, on the first pass and when they change', async () => {
    document.body.innerHTML = '<nav><a href="#">BRICS</a></nav><h2>Bella 1 seized</h2><p id="p">BRICS met.</p><aside>Bella 1</aside>';
    page = new LivePage(document, {
      model: (disabled) => createMatchingModel(brics, { disabled }),
      attributes: { colorOf: () => undefined },
      leaveAlone: () => leaveAloneSelectors({ firstOnly: false, leaveAlone: ['navigation', 'headings'] }),
      setTimeout: (handler) => window.setTimeout(handler, 0),
      clearTimeout: (id) => window.clearTimeout(id),
    });
    page.start(new Set());
    await page.idle();
    const marked = () => marksIn(document.body).map((mark) => `${mark.parentElement!.localName}:${mark.textContent}`);
    expect(marked()).toEqual(['p:BRICS', 'aside:Bella 1']);
    document.querySelector('nav a')!.append(' and Bella 1');
    document.querySelector('h2')!.append(' near BRICS');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await page.idle();
    expect(marked()).toEqual(['p:BRICS', 'aside:Bella 1']);
    expect(blocksOf([document.querySelector('nav a')!.firstChild!], 'nav')).toEqual([]);
  });
});
