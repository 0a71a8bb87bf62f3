/**
 * The options page: the reader's packs, topics, colours, paused sites and a
 * timeline. Every change goes to storage; every tab and the popup watch it.
 * A write that does not fit (a sync quota, local storage full) changes
 * nothing and says why.
 */
import { render } from 'preact';
import { browser } from '#imports';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { OptionsView, viewOfHash } from '../../components/OptionsView';
import { editOwnTopic } from '../../data/own-topic-edit';
import { useStoredValue } from '../../components/use-stored-value';
import { defaultPack } from '../../data/packs';
import { densityItem, disabledTopicsItem } from '../../data/settings';
import { repairDisabledTopics } from '../../data/settings-repair';
import { pausedEverywhereItem, pausedSitesItem, withSite } from '../../data/pause';
import { mutedList, mutedPhrasesItem } from '../../data/muted-phrases';
import { densityOf } from '../../data/density';
import { categoryColorsItem, disabledPacksItem, libraryOf } from '../../data/library-items';
import { userPacksItem } from '../../data/user-packs';
import {
  OWN_TOPICS_PACK_ID,
  addOwnTopic,
  exportPack,
  exportSettings,
  fitsSyncItem,
  importSettings,
  removeOwnTopic,
  resolveLibraryInSlices,
  type ResolvedLibrary,
} from '../../data/library';
import { categoryColors } from '../../data/categories';
import { importPackInSlices } from '../../data/sliced-import';
import type { Slicing } from '../../data/slicing';
import type { Category, Pack } from '../../data/schema';
import { t, uiLanguage } from '../../data/i18n';
import { followUiLanguage, uiLanguageItem } from '../../data/ui-language';
import '../../components/briefing.css';
import '../../components/timeline.css';
import '../../components/options.css';

/** Offers `text` as a file download: a blob URL, nothing leaves the browser. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const today = () => new Date().toISOString().slice(0, 10);

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const BROWSER_LANGUAGE = browser.i18n.getUILanguage();

const NO_PACKS: Pack[] = [];
const NO_IDS: string[] = [];

/** Thrown into a merge whose library has changed since it began: its result would be stale. */
const SUPERSEDED = Symbol('superseded');

/** Long work yields to the page: scheduler.yield where the browser has it (it keeps the work's turn), else a task. */
const PAGE_SLICING: Slicing = {
  now: () => performance.now(),
  yieldNow: () => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
  },
};

function Options() {
  const storedPacks = useStoredValue(userPacksItem);
  const storedDisabledPacks = useStoredValue(disabledPacksItem);
  // Until they are read, the same empty lists: a new one per render would make a new library each time.
  const userPacks = storedPacks ?? NO_PACKS;
  const disabledPacks = storedDisabledPacks ?? NO_IDS;
  const packsRead = storedPacks !== undefined && storedDisabledPacks !== undefined;
  const chosenColors = useStoredValue(categoryColorsItem) ?? {};
  const rawDisabled = useStoredValue(disabledTopicsItem);
  const pausedSites = useStoredValue(pausedSitesItem) ?? [];
  const pausedEverywhere = useStoredValue(pausedEverywhereItem) ?? false;
  const mutedPhrases = mutedList(useStoredValue(mutedPhrasesItem));
  const density = densityOf(useStoredValue(densityItem));
  const language = useStoredValue(uiLanguageItem) ?? 'auto';
  const [notice, setNotice] = useState<string>();
  // Each view is its own address in the page ("#timeline"): back and forward move between them.
  const [view, setView] = useState(() => viewOfHash(location.hash));
  useEffect(() => {
    const follow = () => {
      setView(viewOfHash(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const library = useMemo(() => libraryOf(defaultPack, userPacks, disabledPacks), [userPacks, disabledPacks]);
  const allTopicIds = library.flatMap((entry) => entry.pack.topics.map((topic) => topic.id));
  const disabled = useMemo(
    () => new Set(repairDisabledTopics(rawDisabled ?? [], allTopicIds).value),
    [rawDisabled, allTopicIds.join()],
  );
  // Merging a big library takes a while, in slices, and the packs view never needs it. A view that lists topics
  // keeps the last merge on screen until the next is ready, so that a switch flipped does not blank the list.
  const [resolved, setResolved] = useState<ResolvedLibrary>();
  const listsTopics = view === 'topics' || view === 'timeline';
  useEffect(() => {
    if (!listsTopics || !packsRead) return;
    let superseded = false;
    const slicing: Slicing = {
      ...PAGE_SLICING,
      yieldNow: async () => {
        await PAGE_SLICING.yieldNow();
        if (superseded) throw SUPERSEDED;
      },
    };
    resolveLibraryInSlices(library, { disabledTopics: disabled }, slicing).then(setResolved, (error: unknown) => {
      if (error !== SUPERSEDED) setNotice(t('notice.notSaved', { reason: reasonOf(error) }));
    });
    return () => {
      superseded = true;
    };
  }, [library, disabled, listsTopics, packsRead]);

  /** Writes a small setting to sync storage only if it fits its 8 KB item. */
  async function saveSync<T>(item: { setValue(value: T): Promise<void> }, key: string, value: T): Promise<boolean> {
    if (!fitsSyncItem(value, undefined, key)) {
      setNotice(t('notice.syncFull'));
      return false;
    }
    try {
      await item.setValue(value);
      setNotice(undefined);
      return true;
    } catch (error) {
      setNotice(t('notice.notSaved', { reason: reasonOf(error) }));
      return false;
    }
  }

  /** Writes the reader's packs to local storage; a full store keeps the previous packs. */
  async function savePacks(next: Pack[]): Promise<string[] | void> {
    try {
      await userPacksItem.setValue(next);
      setNotice(undefined);
    } catch (error) {
      return [t('notice.storageRefused', { reason: reasonOf(error) })];
    }
  }

  const own = userPacks.find((pack) => pack.id === OWN_TOPICS_PACK_ID);

  return (
    <OptionsView
      view={view}
      today={new Date()}
      library={library}
      resolved={resolved}
      slicing={PAGE_SLICING}
      disabled={disabled}
      colors={categoryColors(chosenColors)}
      pausedSites={pausedSites}
      mutedPhrases={mutedPhrases}
      density={density}
      onDensityChange={(next) => void saveSync(densityItem, 'density', next)}
      pausedEverywhere={pausedEverywhere}
      notice={notice}
      language={language}
      browserLanguage={BROWSER_LANGUAGE}
      onLanguageChange={(next) => void saveSync(uiLanguageItem, 'uiLanguage', next)}
      onToggleTopic={(topicId, enabled) => {
        const next = new Set(disabled);
        if (enabled) next.delete(topicId);
        else next.add(topicId);
        void saveSync(disabledTopicsItem, 'disabledTopics', [...next].sort());
      }}
      onColorChange={(category: Category, color) =>
        void saveSync(categoryColorsItem, 'categoryColors', { ...chosenColors, [category]: color })
      }
      onTogglePack={(packId, enabled) => {
        const next = new Set(disabledPacks);
        if (enabled) next.delete(packId);
        else next.add(packId);
        void saveSync(disabledPacksItem, 'disabledPacks', [...next].sort());
      }}
      onDeletePack={(packId) => void savePacks(userPacks.filter((pack) => pack.id !== packId))}
      onExportPack={(pack) => download(`${pack.id}.briefmark-pack.json`, exportPack(pack))}
      onImportPack={async (text, onProgress) => {
        const result = await importPackInSlices(text, library, { ...PAGE_SLICING, onProgress });
        if (!result.ok) return result.errors;
        onProgress({ step: 'saving' });
        const next = result.replaces
          ? userPacks.map((pack) => (pack.id === result.replaces ? result.pack : pack))
          : [...userPacks, result.pack];
        const failed = await savePacks(next);
        if (failed) return failed;
        const topics = t('count.topics', { count: result.pack.topics.length });
        return { done: t(result.replaces ? 'views.import.replaced' : 'views.import.imported', { pack: result.pack.title, topics }) };
      }}
      onAddOwnTopic={async (input) => {
        const taken = new Set(library.filter((entry) => entry.pack.id !== OWN_TOPICS_PACK_ID).flatMap((entry) => entry.pack.topics.map((t) => t.id)));
        const result = addOwnTopic(own, input, taken, today());
        if (!result.ok) return result.errors;
        return savePacks(own ? userPacks.map((pack) => (pack.id === OWN_TOPICS_PACK_ID ? result.pack : pack)) : [...userPacks, result.pack]);
      }}
      onEditOwnTopic={async (topicId, edit) => {
        if (!own) return [t('views.options.ownGone')];
        const result = editOwnTopic(own, topicId, edit);
        if (!result.ok) return result.errors;
        return savePacks(userPacks.map((pack) => (pack.id === OWN_TOPICS_PACK_ID ? result.pack : pack)));
      }}
      onRemoveOwnTopic={(topicId) => {
        if (!own) return;
        const left = removeOwnTopic(own, topicId);
        void savePacks(left ? userPacks.map((pack) => (pack.id === OWN_TOPICS_PACK_ID ? left : pack)) : userPacks.filter((pack) => pack.id !== OWN_TOPICS_PACK_ID));
      }}
      onResumeSite={(host) => void saveSync(pausedSitesItem, 'pausedSites', withSite(pausedSites, host, false))}
      onResumeEverywhere={() => void saveSync(pausedEverywhereItem, 'pausedEverywhere', false)}
      onUnmutePhrase={(phrase) => void saveSync(mutedPhrasesItem, 'mutedPhrases', mutedPhrases.filter((muted) => muted !== phrase))}
      onExportSettings={() =>
        download(
          'briefmark-settings.json',
          exportSettings({
            disabledTopics: [...disabled].sort(),
            pausedSites: [...pausedSites],
            pausedEverywhere,
            disabledPacks: [...disabledPacks],
            categoryColors: chosenColors,
            uiLanguage: language,
            mutedPhrases,
            density,
          }),
        )
      }
      onImportSettings={async (text) => {
        const result = importSettings(text);
        if (!result.ok) return result.errors;
        const { settings } = result;
        // Each part was checked to fit its sync item before anything is written.
        await disabledTopicsItem.setValue(settings.disabledTopics);
        await pausedSitesItem.setValue(settings.pausedSites);
        await pausedEverywhereItem.setValue(settings.pausedEverywhere);
        await disabledPacksItem.setValue(settings.disabledPacks);
        await categoryColorsItem.setValue(settings.categoryColors);
        if (settings.uiLanguage) await uiLanguageItem.setValue(settings.uiLanguage);
        if (settings.density) await densityItem.setValue(settings.density);
        if (settings.mutedPhrases) await mutedPhrasesItem.setValue(mutedList(settings.mutedPhrases));
      }}
    />
  );
}

const app = document.getElementById('app')!;
function draw() {
  document.documentElement.lang = uiLanguage().language;
  document.title = t('options.title');
  render(<Options />, app);
}
// The stored language applies before the first paint, and live after.
void followUiLanguage(BROWSER_LANGUAGE, draw).then(draw);
