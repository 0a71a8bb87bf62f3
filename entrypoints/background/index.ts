/**
 * The background: keeps the toolbar badge in step with each tab's mention
 * count, turns keyboard shortcuts into moves between mentions, and adds a
 * selected phrase to the reader's own topics from the context menu, and opens
 * the first-run page on install.
 */
import { browser, defineBackground } from '#imports';
import { onMessage, sendMessage, type Direction } from '../../data/protocol';
import { defaultPack } from '../../data/packs';
import { disabledPacksItem, libraryOf, librarySignature, onlyBundledPack } from '../../data/library-items';
import { userPacksItem } from '../../data/user-packs';
import { compiledLibraryItem, directoryPackOf, isCurrentModel, removeSingleValueModel, writeCompiledLibrary } from '../../data/compiled-library';
import { resolveLibraryInSlices } from '../../data/resolve-library';
import { compileMatchingBytesInSlices } from '../../data/matching';
import { MAX_ALIAS_LENGTH } from '../../data/schema';
import { OWN_TOPICS_PACK_ID, addOwnTopic } from '../../data/library';
import { t } from '../../data/i18n';
import { followUiLanguage } from '../../data/ui-language';

const COMMANDS: Record<string, Direction> = { 'next-mention': 'next', 'previous-mention': 'previous' };
const TRACK_MENU_ID = 'briefmark-track-phrase';

/** Adds `phrase` as a topic of the reader's own; every tab highlights it at once. */
async function trackPhrase(phrase: string): Promise<void> {
  const text = phrase.replace(/\s+/g, ' ').trim().slice(0, MAX_ALIAS_LENGTH);
  if (!text) return;
  const userPacks = await userPacksItem.getValue();
  const own = userPacks.find((pack) => pack.id === OWN_TOPICS_PACK_ID);
  const taken = new Set(
    [defaultPack, ...userPacks.filter((pack) => pack.id !== OWN_TOPICS_PACK_ID)].flatMap((pack) =>
      pack.topics.map((topic) => topic.id),
    ),
  );
  const result = addOwnTopic(own, { title: text, aliases: [text] }, taken, new Date().toISOString().slice(0, 10));
  if (!result.ok) return;
  await userPacksItem.setValue(
    own ? userPacks.map((pack) => (pack.id === OWN_TOPICS_PACK_ID ? result.pack : pack)) : [...userPacks, result.pack],
  );
}

const BACKGROUND_SLICING = { yieldNow: () => new Promise<void>((resolve) => setTimeout(resolve, 0)), now: () => performance.now() };

/** Compiles started: a change during a compile starts another, and only the newest may write its model. */
let compiles = 0;
/** Writes of the compiled library, one after another: two never interleave their parts. */
let writing = Promise.resolve();

/**
 * Compiles the reader's library into the model every tab loads, once per
 * change of the packs, and writes it with the packs' directory (the bundled
 * pack alone ships its model prebuilt: only the directory is written then).
 */
async function compileLibrary(): Promise<void> {
  const compile = ++compiles;
  const [userPacks, disabledPacks, compiled] = await Promise.all([
    userPacksItem.getValue(),
    disabledPacksItem.getValue(),
    compiledLibraryItem.getValue(),
  ]);
  const signature = librarySignature(userPacks, disabledPacks);
  if (compiled?.signature === signature && (compiled.model === null || (await isCurrentModel(compiled.model)))) return;
  let bytes: Uint8Array | null = null;
  if (!onlyBundledPack(defaultPack.id, userPacks, disabledPacks)) {
    // In slices, the merge too: Firefox runs the background on the thread of the extension's pages (the options page importing).
    const { pack } = await resolveLibraryInSlices(libraryOf(defaultPack, userPacks, disabledPacks), {}, BACKGROUND_SLICING);
    bytes = await compileMatchingBytesInSlices(pack, BACKGROUND_SLICING.yieldNow);
  }
  const write = async () => {
    if (compile === compiles) await writeCompiledLibrary(signature, userPacks.map(directoryPackOf), bytes);
  };
  writing = writing.then(write, write);
  await writing;
}

export default defineBackground(() => {
  // Every start, and on every change of the packs.
  void removeSingleValueModel();
  void compileLibrary();
  userPacksItem.watch(() => void compileLibrary());
  disabledPacksItem.watch(() => void compileLibrary());

  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: '#1d2b4f' });

  onMessage('mentionCount', ({ data: total, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (sender.frameId === 0) {
      // Badges set per tab follow tab switches by themselves.
      void action.setBadgeText({ tabId, text: total > 0 ? String(Math.min(total, 999)) : '' });
      // The tooltip says what the number is.
      void action.setTitle({ tabId, title: total > 0 ? t('background.badgeTitle', { count: total }) : t('manifest.name') });
    } else {
      // The top frame counts its same-origin frames' marks itself.
      void sendMessage('recount', undefined, { tabId, frameId: 0 }).catch(() => undefined);
    }
  });

  browser.commands.onCommand.addListener(async (command) => {
    const direction = COMMANDS[command];
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('stepMention', direction, tab.id).catch(() => false);
  });

  // Menus outlive a service worker but not a browser restart in every
  // browser: recreate it each start, replacing any left from before.
  // Its title is in the reader's language, and follows a change of it.
  void browser.contextMenus.removeAll().then(async () => {
    await followUiLanguage(browser.i18n.getUILanguage(), () => {
      void browser.contextMenus.update(TRACK_MENU_ID, { title: t('background.trackPhrase') });
    });
    browser.contextMenus.create({ id: TRACK_MENU_ID, title: t('background.trackPhrase'), contexts: ['selection'] });
  });
  onMessage('trackPhrase', ({ data: phrase }) => trackPhrase(phrase));

  // The first-run page, once: not on updates or browser restarts.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === TRACK_MENU_ID && info.selectionText) void trackPhrase(info.selectionText);
  });
});
