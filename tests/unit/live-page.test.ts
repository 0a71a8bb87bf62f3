// @vitest-environment jsdom
/**
 * LivePage in jsdom: what it reads again when a page changes. The end-to-end
 * suite shows the same behaviour in real browsers; here the context search
 * itself is watched.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivePage } from '../../entrypoints/content/live-page';
import { countMentions } from '../../entrypoints/content/highlighter';
import { pack, topic } from './fixtures';

vi.mock('../../data/matcher', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../data/matcher')>();
  return { ...real, topicsWithContext: vi.fn(real.topicsWithContext) };
});
const { topicsWithContext } = vi.mocked(await import('../../data/matcher'));

const talksAndBrics = pack('test', [
  topic('istanbul-talks', [{ text: 'Istanbul talks' }, { text: 'Istanbul', needsContext: true }], { context: ['Medinsky', 'Umerov'] }),
  topic('brics', [{ text: 'BRICS', caseSensitive: true }]),
]);

/** A LivePage on this document whose timers run at once. */
async function livePage(): Promise<LivePage> {
  const page = new LivePage(document, {
    pack: talksAndBrics,
    attributes: { colorOf: () => undefined },
    setTimeout: (handler) => window.setTimeout(handler, 0),
    clearTimeout: (id) => window.clearTimeout(id),
  });
  page.start(new Set());
  await page.idle();
  return page;
}

/** Appends a paragraph, and waits until the page has dealt with it. */
async function append(page: LivePage, text: string): Promise<void> {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.body.append(paragraph);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await page.idle();
}

const searched = () => topicsWithContext.mock.calls.map(([, text]) => text);

describe('LivePage and context', () => {
  afterEach(() => topicsWithContext.mockClear());

  it('searches the page for a topic’s context once, then only each new text, until it arrives', async () => {
    const filler = 'Markets were calm and the weather was mild. '.repeat(200);
    document.body.innerHTML = `<p>${filler}</p><p>Ferries crossed at Istanbul. BRICS met.</p>`;
    const page = await livePage();
    // No context: "Istanbul" waits.
    expect(countMentions(document.body)).toEqual({ brics: 1 });
    expect(searched().some((text) => text.includes(filler))).toBe(true);

    topicsWithContext.mockClear();
    await append(page, 'Another ferry left Istanbul at noon.');
    await append(page, 'A third ferry reached Istanbul.');
    expect(countMentions(document.body)).toEqual({ brics: 1 });
    // Only the new texts were searched, never the page's old text again.
    expect(searched().length).toBeGreaterThan(0);
    expect(searched().every((text) => !text.includes(filler))).toBe(true);

    await append(page, 'Medinsky led the delegation.');
    // Every form that waited counts now.
    expect(countMentions(document.body)).toEqual({ brics: 1, 'istanbul-talks': 3 });
    page.stop();
  });
});
