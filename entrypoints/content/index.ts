/**
 * The content script: glue between the page, the reader's settings, the
 * popup and the background. The work is done by the engine (`engine/`,
 * highlighting as the page changes; see docs/engine.md) and `hover-card.tsx` (UI).
 */
import { defineContentScript } from '#imports';
import prebuiltModel from 'virtual:briefmark-prebuilt-model';
import { defaultPack } from '../../data/packs';
import { densityItem, disabledTopicsItem } from '../../data/settings';
import { repairDisabledTopics } from '../../data/settings-repair';
import { isPaused, pausedEverywhereItem, pausedSitesItem, withSite } from '../../data/pause';
import { mutedList, mutedPhrasesItem, withMutedPhrase, withoutMutedPhrases } from '../../data/muted-phrases';
import { categoryColorsItem, disabledPacksItem, libraryOf, onlyBundledPack } from '../../data/library-items';
import { compiledLibraryItem, readModelBytes, type CompiledLibrary } from '../../data/compiled-library';
import { compiledMatchingOf, decodeMatchingModelAhead, loadMatchingModelBase64, matchingModelOf } from '../../data/matching/load';
import type { MatchingModel } from '../../data/matching/api';
import { publicationDay } from '../../data/page-date';
import { topicDirectory } from '../../data/resolve-library';
import { keepMentions } from '../../data/matching/keep-mentions';
import { onMessage, sendMessage } from '../../data/protocol';
import { categoryColors } from '../../data/categories';
import { isStale } from '../../data/dates';
import type { Category, Pack } from '../../data/schema';
import { createHoverCard, focusTargetOf } from './hover-card';
import { createKeyboardEntry } from './keyboard-entry';
import { DEFAULT_DENSITY, densityOf, leaveAloneSelectors, quietMentions, type Density } from '../../data/density';
import { toneAt } from './page-tone';
import { addCounts, hydrationSettled, LivePage, mentionText, piecesOf, QUIET_ATTRIBUTE, yieldToPage } from './engine';
import { readPageFacts } from './page-facts';
import { frameCounts, frameDocuments, topHost } from './frames';
import { stepTarget } from './navigation';
import './marks.css';

interface Settings {
  disabled: Set<string>;
  sites: readonly string[];
  everywhere: boolean;
  disabledPacks: readonly string[];
  colors: Partial<Record<Category, string>>;
  /**
   * The background's compiled library (data/compiled-library.ts): the reader's packs without their names,
   * and where their model is. Null until the background first writes it: the bundled pack alone then.
   */
  compiled: CompiledLibrary | null;
  /** Phrases the reader asked never to see highlighted, folded (data/muted-phrases.ts). */
  muted: string[];
  /** Every mention or the first of each topic, and the parts of the page left alone (data/density.ts). */
  density: Density;
}

/** What the highlights depend on besides topic switches: packs, packs switched off, colours, and the model for them. */
function highlightSignature(settings: Settings): string {
  const { disabledPacks, colors, compiled, muted, density } = settings;
  // The compiled library's signature stands for the packs (the background writes it after any change of them):
  // hashing the packs here would cost every page of a big library a long task.
  const model = bundledOnly(settings) ? 'bundled' : compiled?.signature;
  return JSON.stringify([model, [...disabledPacks].sort(), colors, muted, density]);
}

/** The reader's packs, as cards see them (no names: the model holds those). */
const directoryOf = (settings: Pick<Settings, 'compiled'>): readonly Pack[] => settings.compiled?.directory ?? [];

const bundledOnly = (settings: Settings) => onlyBundledPack(defaultPack.id, directoryOf(settings), settings.disabledPacks);

type Library = ReturnType<typeof topicDirectory>;

/** A library's model is decoded in slices of the page's time, before a pass needs it. */
const DECODE_SLICING = { yieldNow: yieldToPage, now: () => performance.now() };

/** Finds nothing: a library whose compiled model the background has not written yet. */
const NO_MODEL: MatchingModel = { mayMention: () => false, mentionsIn: () => [] };

/** Throws `error` at a pass's first question: the pass fails and is reported, as for any pass that throws. */
function failingModel(error: unknown): MatchingModel {
  const fail = () => {
    throw error;
  };
  return { mayMention: fail, mentionsIn: fail };
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Frames get their own script, which reads only same-origin frames: a
  // cross-origin frame belongs to another site.
  allFrames: true,
  // WXT tells a newer copy of the script it started through a DOM event; its
  // postMessage of the same news would reach the page's own message listeners
  // (and cost the script's start 20-35 ms in Chromium).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!document.body) return;
    const isTop = window === window.top;
    const host = topHost();
    if (host === undefined) return;

    /** What the popup writes: topic switches (repaired against the reader's packs) and pauses. */
    const readPopupChoices = async (packs: readonly Pack[] | Promise<readonly Pack[]>) => {
      const [disabled, sites, everywhere, userPacks] = await Promise.all([
        disabledTopicsItem.getValue().catch(() => []),
        pausedSitesItem.getValue(),
        pausedEverywhereItem.getValue(),
        packs,
      ]);
      return { disabled: repairedSet(disabled, userPacks), sites, everywhere };
    };
    const readSettings = async (): Promise<Settings> => {
      const reading = compiledLibraryItem.getValue().catch(() => null);
      const [choices, disabledPacks, colors, compiled, muted, density] = await Promise.all([
        readPopupChoices(reading.then((compiled) => directoryOf({ compiled }))),
        disabledPacksItem.getValue(),
        categoryColorsItem.getValue(),
        reading,
        mutedPhrasesItem.getValue().catch(() => []),
        densityItem.getValue().catch(() => DEFAULT_DENSITY),
      ]);
      return {
        ...choices,
        disabledPacks,
        colors,
        compiled,
        muted: mutedList(muted),
        density: densityOf(density),
      };
    };
    // Stored settings are read defensively: a corrupt value is repaired in
    // memory, never fatal. Only the popup and options page write them back.
    const repairedSet = (raw: unknown, userPacks: readonly Pack[]) =>
      new Set(repairDisabledTopics(raw, [defaultPack, ...userPacks].flatMap((p) => p.topics.map((t) => t.id))).value);

    // A server-rendered app is marked only once it has hydrated (engine/hydration.ts).
    const timers = { setTimeout: (handler: () => void, ms: number) => ctx.setTimeout(handler, ms), clearTimeout: (id: number | undefined) => clearTimeout(id) };
    /** Why the last pass failed, told to the popup until a pass succeeds. */
    let problem: string | undefined;
    /** The background's model, once read and decoded (or why it could not be): by its generation, once per tab. */
    let stored: { generation: number; modelFor(disabled: ReadonlySet<string>): MatchingModel } | undefined;
    /** The decoded model of `from`'s compiled library; undefined until it is. */
    const decodedFor = (from: Settings) => (stored && stored.generation === from.compiled?.model?.generation ? stored : undefined);
    const decodeAhead = async (from: Settings) => {
      if (bundledOnly(from)) return decodeMatchingModelAhead(prebuiltModel, DECODE_SLICING);
      const model = from.compiled?.model;
      if (!model || decodedFor(from)) return;
      try {
        // Null: a newer model replaced this one while it was read; its index is on its way.
        const bytes = await readModelBytes(model, DECODE_SLICING);
        if (!bytes) return;
        const compiled = compiledMatchingOf(bytes);
        stored = { generation: model.generation, modelFor: (disabled) => matchingModelOf(compiled, { disabled }) };
      } catch (error) {
        // A model that cannot be read fails its passes, which report it (the popup says why).
        stored = { generation: model.generation, modelFor: () => failingModel(error) };
      }
    };
    let [settings] = await Promise.all([readSettings().then(async (read) => (await decodeAhead(read), read)), hydrationSettled(document, timers)]);
    let library: Library = libraryFor(settings);
    let live = makeLive(library);

    /** The library's topics and their packs, for cards and colours (the model holds the names). */
    function libraryFor(from: Settings): Library {
      return topicDirectory(libraryOf(defaultPack, directoryOf(from), from.disabledPacks));
    }

    /**
     * The model: shipped for the bundled pack, the background's otherwise (null until it is decoded).
     * After a change of the packs the last one serves until the background writes the next; `makeLive`
     * keeps only mentions of topics the library holds now.
     */
    function modelFor(from: Settings, disabled: ReadonlySet<string>): MatchingModel | null {
      if (bundledOnly(from)) return loadMatchingModelBase64(prebuiltModel, { disabled });
      return decodedFor(from)?.modelFor(disabled) ?? null;
    }
    const modelReady = (from: Settings) => bundledOnly(from) || decodedFor(from) !== undefined;

    function makeLive(directory: Library): LivePage {
      const colors = categoryColors(settings.colors);
      const topicColor = new Map([...directory.topics.values()].map((topic) => [topic.id, colors[topic.category]]));
      // Read once per start: the page's colours where its text is (a dark site takes the dark tint).
      let onDark: boolean | undefined;
      return new LivePage(document, {
        model: (disabled) => {
          const model = modelFor(settings, disabled) ?? NO_MODEL;
          const known = keepMentions(model, (mention) => directory.topics.has(mention.topicId));
          // A muted phrase is never marked, whatever topic it names.
          return withoutMutedPhrases(known, new Set(settings.muted));
        },
        attributes: {
          colorOf: (id) => topicColor.get(id),
          onDarkPage: () => (onDark ??= toneAt(document.querySelector('main, article, [role="main"]') ?? document.body) === 'dark'),
        },
        leaveAlone: () => leaveAloneSelectors(settings.density),
        pageFacts: () => {
          const { facts, dateSources } = readPageFacts(document);
          return { ...facts, published: publicationDay(dateSources) };
        },
        onCountsChanged: () => {
          problem = undefined;
          quieten();
          reportTotal();
        },
        onPassFailed: (error) => {
          problem = error instanceof Error ? error.message : String(error);
          console.warn('Briefmark could not highlight this page:', error);
        },
        ...timers,
      });
    }

    /** With "first mention only", every later mention of a topic is marked quiet: plain text to the eye, no card, no step. */
    function quieten() {
      // Without firstOnly nothing is quiet: a change of density reads the page again from unmarked text.
      if (!settings.density.firstOnly) return;
      const mentions = live.mentions();
      const quiet = quietMentions(mentions, (mark) => mark.dataset.topic);
      for (const mention of mentions) {
        for (const piece of piecesOf(mention)) piece.toggleAttribute(QUIET_ATTRIBUTE, quiet.has(mention));
      }
    }
    /** The mentions a reader sees and steps through. */
    const shownMentions = (topicIds?: ReadonlySet<string>) => live.mentions(topicIds).filter((mark) => !mark.hasAttribute(QUIET_ATTRIBUTE));

    // The page's counts: this document's, plus its same-origin frames' in the top frame.
    const pageCounts = () => (isTop ? addCounts(live.counts(), ...frameDocuments(document).map(frameCounts)) : live.counts());
    function reportTotal() {
      const total = Object.values(pageCounts()).reduce((sum, n) => sum + n, 0);
      void sendMessage('mentionCount', total).catch(() => undefined);
      // The keyboard entry steps through this document's mentions.
      entry?.setCount(shownMentions().length);
    }
    let entry: ReturnType<typeof createKeyboardEntry> | undefined;

    const paused = () => isPaused(host, settings);
    // One place decides what the page shows for the current settings; a
    // paused page does no scanning work at all.
    const apply = (next: Partial<Settings>) => {
      const before = settings;
      settings = { ...settings, ...next };
      const packsChanged = highlightSignature(settings) !== highlightSignature(before);
      // A library the background has not compiled yet: the page keeps what it shows until it has.
      const modelPending = !modelReady(settings) && live.isRunning;
      if (next.compiled !== undefined || next.disabledPacks) library = libraryFor(settings);
      if (packsChanged && !modelPending) {
        // Another library or palette: undo everything, and read the page again.
        if (live.isRunning) live.stop();
        live = makeLive(library);
      }
      if (paused()) {
        if (live.isRunning) live.stop();
      } else if (!live.isRunning) {
        live.start(settings.disabled);
      } else {
        live.setDisabled(settings.disabled);
      }
    };
    apply({});

    const card = createHoverCard(ctx, {
      describe(topicId, mark) {
        const topic = library.topics.get(topicId);
        const origin = library.origin[topicId];
        if (!topic || !origin) return undefined;
        const titleOf = (id: string) => library.topics.get(id)?.title ?? id;
        const phrase = mentionText(mark).trim();
        return {
          topic,
          packTitle: origin.packTitle,
          asOf: origin.asOf,
          packLanguage: origin.language,
          stale: isStale(origin.asOf, new Date()),
          relatedTitles: topic.related.map(titleOf),
          phrase: phrase || undefined,
          site: host,
          actions: {
            // Each writes its setting; every tab (this one too) follows the storage change.
            mutePhrase: () => void act(async () => mutedPhrasesItem.setValue(withMutedPhrase(await mutedPhrasesItem.getValue(), phrase))),
            muteTopic: () => void act(() => disabledTopicsItem.setValue([...new Set([...settings.disabled, topicId])].sort())),
            pauseSite: () => void act(() => pausedSitesItem.setValue(withSite(settings.sites, host, true))),
            openTopic: () => undefined,
          },
        };
      },
      step: (direction) => void reveal(stepTarget(document, shownMentions(), direction, card.mark)),
    });

    /** A card action: the card closes (its highlight is about to go), and the setting is written. */
    async function act(write: () => Promise<unknown>) {
      card.hide();
      try {
        await write();
      } catch {
        // Sync storage refused (quota): nothing changed, and the highlights say so by staying.
      }
    }

    const reveal = (mark: HTMLElement | undefined) => {
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      focusTargetOf(mark).focus({ preventScroll: true });
      card.show(mark);
      return true;
    };
    if (isTop) {
      entry = createKeyboardEntry(ctx, () => void reveal(stepTarget(document, shownMentions(), 'next')));
      reportTotal();
    }

    // A new model is decoded before the page is read with it, one after another: the last written wins.
    let decoding = Promise.resolve();
    function applyDecoded(compiled: Settings['compiled']) {
      decoding = decoding
        .then(() => decodeAhead({ ...settings, compiled }))
        // A model that cannot be decoded fails its pass instead, which reports it.
        .catch(() => undefined)
        .then(() => apply({ compiled }));
    }

    const stops = [
      disabledTopicsItem.watch((value) => apply({ disabled: repairedSet(value, directoryOf(settings)) })),
      pausedSitesItem.watch((sites) => apply({ sites })),
      pausedEverywhereItem.watch((everywhere) => apply({ everywhere })),
      disabledPacksItem.watch((disabledPacks) => apply({ disabledPacks })),
      compiledLibraryItem.watch(applyDecoded),
      categoryColorsItem.watch((colors) => apply({ colors })),
      mutedPhrasesItem.watch((muted) => apply({ muted: mutedList(muted) })),
      densityItem.watch((density) => apply({ density: densityOf(density) })),
    ];
    // Only the top frame answers the popup and the background, so a page
    // with frames gives one answer.
    if (isTop) {
      stops.push(
        onMessage('getPageSummary', async () => {
          // The popup may ask right after a change of its own, before the storage event has reached this
          // tab: apply what it writes first. Only that: packs and the compiled model (megabytes with a big
          // library) come with their storage events, and read here they held the page at each opening.
          apply(await readPopupChoices(directoryOf(settings)));
          // Counts after the passes under way, so the popup never shows half a page.
          await live.idle();
          return { url: location.href, counts: pageCounts(), paused: paused(), problem };
        }),
        onMessage('revealTopic', ({ data: topicId }) => reveal(shownMentions(new Set([topicId]))[0])),
        onMessage('stepMention', ({ data: direction }) => reveal(stepTarget(document, shownMentions(), direction, card.mark))),
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
