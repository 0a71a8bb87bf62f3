/**
 * The popup: asks the active tab's content script what the page mentions,
 * and keeps the reader's topic choices in storage (every tab watches them).
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PopupView, type PageState } from '../../components/PopupView';
import { defaultPack } from '../../data/packs';
import { disabledTopicsItem, loadDisabledTopics } from '../../data/settings';
import { repairDisabledTopics } from '../../data/settings-repair';
import { pausedEverywhereItem, pausedSitesItem, withSite } from '../../data/pause';
import { sendMessage } from '../../data/protocol';
import { disabledPacksItem, libraryOf } from '../../data/library-items';
import { compiledLibraryItem } from '../../data/compiled-library';
import { resolveLibrary } from '../../data/resolve-library';
import { useStoredValue } from '../../components/use-stored-value';
import { freshness } from '../../data/pack-freshness';
import { uiLanguage } from '../../data/i18n';
import { followUiLanguage } from '../../data/ui-language';
import '../../components/briefing.css';
import '../../components/popup.css';

/**
 * The tab the popup describes: the active tab, or the one named by `?tab=`
 * (used when the popup is opened as a page, as the end-to-end tests do).
 */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readPage(tabId: number | undefined): Promise<PageState> {
  if (tabId === undefined) return { kind: 'unreadable' };
  try {
    // No content script answers on pages the browser keeps extensions out of.
    const summary = await sendMessage('getPageSummary', undefined, tabId);
    return { kind: 'read', host: new URL(summary.url).hostname, counts: summary.counts, paused: summary.paused, problem: summary.problem };
  } catch {
    return { kind: 'unreadable' };
  }
}

function Popup() {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [disabled, setDisabled] = useState<ReadonlySet<string>>(new Set());
  const [sites, setSites] = useState<readonly string[]>([]);
  const [everywhere, setEverywhere] = useState(false);
  const [tabId, setTabId] = useState<number>();
  const [notice, setNotice] = useState<string>();
  // The packs as the background last compiled them, without their names: what tabs highlight, and a small read.
  const userPacks = useStoredValue(compiledLibraryItem)?.directory ?? [];
  const disabledPacks = useStoredValue(disabledPacksItem) ?? [];
  const library = useMemo(
    () => resolveLibrary(libraryOf(defaultPack, userPacks, disabledPacks), { disabledTopics: disabled }),
    [userPacks, disabledPacks, disabled],
  );
  const topicIds = library.pack.topics.map((topic) => topic.id);

  useEffect(() => {
    void loadDisabledTopics(topicIds).then(({ value, notice }) => {
      setDisabled(new Set(value));
      setNotice(notice);
    });
    void pausedSitesItem.getValue().then(setSites);
    void pausedEverywhereItem.getValue().then(setEverywhere);
    const unwatch = [
      disabledTopicsItem.watch((value) => setDisabled(new Set(repairDisabledTopics(value, topicIds).value))),
      pausedSitesItem.watch(setSites),
      pausedEverywhereItem.watch(setEverywhere),
    ];
    void targetTabId().then(async (id) => {
      setTabId(id);
      setPage(await readPage(id));
    });
    return () => unwatch.forEach((stop) => stop());
  }, []);

  // Switch flips are written one after another, each on the stored list, so quick flips are all kept.
  const writes = useRef(Promise.resolve());
  function toggle(topicId: string, enabled: boolean) {
    writes.current = writes.current.then(async () => {
      const next = new Set(repairDisabledTopics(await disabledTopicsItem.getValue(), topicIds).value);
      if (enabled) next.delete(topicId);
      else next.add(topicId);
      await disabledTopicsItem.setValue([...next].sort());
      // The content script applies stored settings before it answers.
      setPage(await readPage(tabId));
    });
  }

  async function pauseSite(host: string, paused: boolean) {
    await pausedSitesItem.setValue(withSite(await pausedSitesItem.getValue(), host, paused));
    setPage(await readPage(tabId));
  }

  async function pauseEverywhere(paused: boolean) {
    await pausedEverywhereItem.setValue(paused);
    setPage(await readPage(tabId));
  }

  /** Lifts what keeps this page paused: its site, "everywhere", or both. */
  async function resume(host: string) {
    await pausedSitesItem.setValue(withSite(await pausedSitesItem.getValue(), host, false));
    await pausedEverywhereItem.setValue(false);
    setPage(await readPage(tabId));
  }

  async function reveal(topicId: string) {
    if (tabId === undefined) return;
    const shown = await sendMessage('revealTopic', topicId, tabId).catch(() => false);
    // Out of the way, so the reader sees the mention and its card.
    if (shown && !new URLSearchParams(location.search).has('tab')) window.close();
  }

  return (
    <PopupView
      pack={library.pack}
      freshness={freshness(library.origin, topicIds, new Date())}
      page={page}
      disabled={disabled}
      pause={{ everywhere, sites }}
      notice={notice}
      onToggle={(id, enabled) => void toggle(id, enabled)}
      onReveal={(id) => void reveal(id)}
      onPauseSite={(host, paused) => void pauseSite(host, paused)}
      onPauseEverywhere={(paused) => void pauseEverywhere(paused)}
      onResume={(host) => void resume(host)}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

const app = document.getElementById('app')!;
function draw() {
  document.documentElement.lang = uiLanguage().language;
  render(<Popup />, app);
}
// The stored language applies before the first paint, and live after.
void followUiLanguage(browser.i18n.getUILanguage(), draw).then(draw);
