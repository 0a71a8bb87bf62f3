/**
 * The content script: glue between the page, the reader's settings and the
 * popup. The work is done by `highlighter.ts` (DOM) and `hover-card.tsx` (UI).
 */
import { defineContentScript } from '#imports';
import { compileMatcher, topicsWithContext } from '../../data/matcher';
import { defaultPack } from '../../data/packs';
import { disabledTopicsItem } from '../../data/settings';
import { onMessage } from '../../data/protocol';
import { CATEGORY_STYLE } from '../../data/categories';
import { isStale } from '../../data/dates';
import { countMentions, highlight, marksIn, unhighlight } from './highlighter';
import { createHoverCard } from './hover-card';
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const pack = defaultPack;
    const root = document.body;
    if (!root) return;
    const colors = new Map(pack.topics.map((topic) => [topic.id, CATEGORY_STYLE[topic.category].color]));
    const attributes = { colorOf: (id: string) => colors.get(id) };
    // Ambiguous aliases ("Alaska") count only where the page carries the
    // topic's context: one cheap read of the page's text decides which.
    const withContext = topicsWithContext(pack.topics, root.textContent ?? '');

    let disabled = new Set(await disabledTopicsItem.getValue());
    const apply = (nowDisabled: Set<string>) => {
      const turnedOff = new Set([...nowDisabled].filter((id) => !disabled.has(id)));
      const changed = turnedOff.size > 0 || [...disabled].some((id) => !nowDisabled.has(id));
      disabled = nowDisabled;
      if (turnedOff.size > 0) unhighlight(root, turnedOff);
      // Existing marks are excluded from the walk, so this adds only what is
      // missing: newly enabled topics, and text a removed topic had covered.
      if (changed) highlight(root, compileMatcher(pack, { disabled, withContext }), attributes);
    };

    highlight(root, compileMatcher(pack, { disabled, withContext }), attributes);
    const card = createHoverCard(ctx, pack, isStale(pack.asOf, new Date()));

    const unwatch = disabledTopicsItem.watch((value) => apply(new Set(value)));
    const stopSummary = onMessage('getPageSummary', async () => {
      // The popup may ask right after a toggle, before the storage change has
      // reached this tab: apply the stored settings first, so counts are current.
      apply(new Set(await disabledTopicsItem.getValue()));
      return { url: location.href, counts: countMentions(root) };
    });
    const stopReveal = onMessage('revealTopic', ({ data: topicId }) => {
      const first = marksIn(root, new Set([topicId]))[0];
      if (!first) return false;
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
      first.focus({ preventScroll: true });
      card.show(first);
      return true;
    });

    ctx.onInvalidated(() => {
      // The extension was updated or removed: leave the page as we found it.
      unwatch();
      stopSummary();
      stopReveal();
      unhighlight(root);
    });
  },
});
