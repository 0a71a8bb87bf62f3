/**
 * The background: keeps the toolbar badge in step with each tab's mention
 * count, and turns keyboard shortcuts into moves between mentions.
 */
import { browser, defineBackground } from '#imports';
import { onMessage, sendMessage, type Direction } from '../../data/protocol';

const COMMANDS: Record<string, Direction> = { 'next-mention': 'next', 'previous-mention': 'previous' };

export default defineBackground(() => {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: '#1d2b4f' });

  onMessage('mentionCount', ({ data: total, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (sender.frameId === 0) {
      // Badges set per tab follow tab switches by themselves.
      void action.setBadgeText({ tabId, text: total > 0 ? String(Math.min(total, 999)) : '' });
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
});
