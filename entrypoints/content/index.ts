/**
 * The content script: glue between the page, the reader's settings, the
 * popup and the background. The work is done by `live-page.ts` (highlighting
 * as the page changes), `highlighter.ts` (DOM) and `hover-card.tsx` (UI).
 */
import { defineContentScript } from '#imports';
import { defaultPack } from '../../data/packs';
import { disabledTopicsItem } from '../../data/settings';
import { repairDisabledTopics } from '../../data/settings-repair';
import { isPaused, pausedEverywhereItem, pausedSitesItem } from '../../data/pause';
import { onMessage, sendMessage } from '../../data/protocol';
import { CATEGORY_STYLE } from '../../data/categories';
import { isStale } from '../../data/dates';
import { createHoverCard } from './hover-card';
import { LivePage } from './live-page';
import { frameCounts, frameDocuments, topHost } from './frames';
import { addCounts } from './highlighter';
import { stepTarget } from './navigation';
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Frames get their own script, which reads only same-origin frames: a
  // cross-origin frame belongs to another site.
  allFrames: true,
  async main(ctx) {
    const pack = defaultPack;
    if (!document.body) return;
    const isTop = window === window.top;
    const host = topHost();
    if (host === undefined) return;
    const colors = new Map(pack.topics.map((topic) => [topic.id, CATEGORY_STYLE[topic.category].color]));
    // The page's counts: this document's, plus its same-origin frames' in the top frame.
    const pageCounts = () => (isTop ? addCounts(live.counts(), ...frameDocuments(document).map(frameCounts)) : live.counts());
    const reportTotal = () => {
      const total = Object.values(pageCounts()).reduce((sum, n) => sum + n, 0);
      void sendMessage('mentionCount', total).catch(() => undefined);
    };

    const live = new LivePage(document, {
      pack,
      attributes: { colorOf: (id) => colors.get(id) },
      onCountsChanged: () => reportTotal(),
      setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
      clearTimeout: (id) => clearTimeout(id),
    });

    const topicIds = pack.topics.map((topic) => topic.id);
    // Stored settings are read defensively: a corrupt value is repaired in
    // memory, never fatal. Only the popup writes settings back.
    const readDisabled = async () =>
      new Set(repairDisabledTopics(await disabledTopicsItem.getValue().catch(() => []), topicIds).value);
    let settings = {
      disabled: await readDisabled(),
      sites: await pausedSitesItem.getValue(),
      everywhere: await pausedEverywhereItem.getValue(),
    };
    const paused = () => isPaused(host, settings);
    // One place decides what the page shows for the current settings; a
    // paused page does no scanning work at all.
    const apply = (next: Partial<typeof settings>) => {
      settings = { ...settings, ...next };
      if (paused()) {
        if (live.isRunning) live.stop();
      } else if (!live.isRunning) {
        live.start(settings.disabled);
      } else {
        live.setDisabled(settings.disabled);
      }
    };
    apply({});
    const card = createHoverCard(ctx, pack, isStale(pack.asOf, new Date()));

    const reveal = (mark: HTMLElement | undefined) => {
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
      card.show(mark);
      return true;
    };

    const stops = [
      disabledTopicsItem.watch((value) => apply({ disabled: new Set(repairDisabledTopics(value, topicIds).value) })),
      pausedSitesItem.watch((sites) => apply({ sites })),
      pausedEverywhereItem.watch((everywhere) => apply({ everywhere })),
    ];
    // Only the top frame answers the popup and the background, so a page
    // with frames gives one answer.
    if (isTop) {
      stops.push(
        onMessage('getPageSummary', async () => {
          // The popup may ask right after a toggle, before the storage change
          // has reached this tab: apply the stored settings first.
          apply({
            disabled: await readDisabled(),
            sites: await pausedSitesItem.getValue(),
            everywhere: await pausedEverywhereItem.getValue(),
          });
          // Counts after the passes under way, so the popup never shows half a page.
          await live.idle();
          return { url: location.href, counts: pageCounts(), paused: paused() };
        }),
        onMessage('revealTopic', ({ data: topicId }) => reveal(live.marks(new Set([topicId]))[0])),
        onMessage('stepMention', ({ data: direction }) => reveal(stepTarget(document, live.marks(), direction))),
        onMessage('recount', reportTotal),
      );
    }

    ctx.onInvalidated(() => {
      // The extension was updated or removed: leave the page as we found it.
      stops.forEach((stop) => stop());
      live.stop();
    });
  },
});
