// @vitest-environment jsdom
/**
 * The scan's pauses: a pass pauses every 256 text nodes, however its roots
 * divide them (a topic turned off reads only the blocks of its marks: many
 * small roots, on a big page tens of thousands of text nodes).
 */
import { describe, expect, it } from 'vitest';
import { createMatchingModel } from '../../data/matching';
import { scan } from '../../entrypoints/content/engine/scan';
import { pack, topic } from './fixtures';

const model = createMatchingModel(pack('test', [topic('brics', [{ text: 'BRICS', caseSensitive: true }])]));

/** `blocks` paragraphs of `spans` one-word spans each, as roots of their own. */
function paragraphs(blocks: number, spans: number): Element[] {
  document.body.replaceChildren(
    ...Array.from({ length: blocks }, () => {
      const block = document.createElement('p');
      block.append(...Array.from({ length: spans }, (_, index) => Object.assign(document.createElement('span'), { textContent: `word${index} ` })));
      return block;
    }),
  );
  return [...document.body.children];
}

describe('scan', () => {
  it.each([
    ['one root', 1, 3_000],
    ['many roots, each under 256 text nodes', 300, 10],
  ])('pauses every 256 text nodes with %s', (_, blocks, spans) => {
    const roots = paragraphs(blocks, spans);
    const steps = [...scan(roots, model, {})];
    expect(steps.filter((step) => step === null)).toHaveLength(Math.floor((blocks * spans) / 256));
  });
});
