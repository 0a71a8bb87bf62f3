/**
 * The hover card: one card per page, in a shadow root so the page's CSS
 * cannot reach it, positioned next to the highlight with Floating UI.
 *
 * Behaviour a reader expects from a hover card:
 * - it opens after a short intent delay on hover (not on every pass of the
 *   pointer), and at once on keyboard focus;
 * - a grace period lets the pointer travel from the highlight onto the card;
 * - it closes on pointer leave, Escape, or when the highlight scrolls away;
 * - it stays inside the viewport (flip and shift).
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, hide as hiddenReference, offset, shift, size } from '@floating-ui/dom';
import { browser, createShadowRootUi, type ContentScriptContext } from '#imports';
import { t } from '../../data/i18n';
import { followUiLanguage } from '../../data/ui-language';
import { TopicCard, type TopicCardProps } from '../../components/TopicCard';
import { MARK_SELECTOR } from './engine';
import briefingCss from '../../components/briefing.css?inline';
import cardCss from '../../components/card.css?inline';

const SHOW_DELAY_MS = 250;
const HIDE_GRACE_MS = 300;

export interface HoverCard {
  /** Opens the card for `mark` now (focus, or a jump from the popup). */
  show(mark: HTMLElement): void;
  hide(): void;
}

/**
 * `describe` gives the card for a topic id (its topic, pack title, date and
 * related titles), or `undefined` for a topic no longer tracked; it is asked
 * on every opening, so the card follows the reader's current packs.
 */
export function createHoverCard(
  ctx: ContentScriptContext,
  describe: (topicId: string) => TopicCardProps | undefined,
): HoverCard {
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | undefined;
  let uiPending: Promise<HTMLElement> | undefined;
  let current: HTMLElement | undefined;
  let stopAutoUpdate: (() => void) | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  // Escape sends focus back to the highlight; that focus must not reopen it.
  let focusReturnedTo: HTMLElement | undefined;

  function container(): Promise<HTMLElement> {
    // Mounted on first use: a page nobody hovers gets no extra element.
    uiPending ??= createShadowRootUi(ctx, {
      name: 'briefmark-card',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      css: briefingCss + cardCss,
      onMount(uiContainer, _shadow, host) {
        host.setAttribute('data-briefmark-ui', '');
        host.addEventListener('mouseenter', cancelHide);
        host.addEventListener('mouseleave', scheduleHide);
        host.addEventListener('focusout', (event) => {
          if (!host.contains(event.relatedTarget as Node | null)) scheduleHide();
        });
        return uiContainer;
      },
    }).then((created) => {
      ui = created;
      created.mount();
      return created.mounted!;
    });
    return uiPending;
  }

  function clearTimers() {
    window.clearTimeout(showTimer);
    window.clearTimeout(hideTimer);
    showTimer = hideTimer = undefined;
  }

  function cancelHide() {
    window.clearTimeout(hideTimer);
    hideTimer = undefined;
  }

  function scheduleHide() {
    window.clearTimeout(showTimer);
    if (hideTimer === undefined && current) hideTimer = ctx.setTimeout(hide, HIDE_GRACE_MS);
  }

  async function show(mark: HTMLElement) {
    clearTimers();
    const card = describe(mark.dataset.topic ?? '');
    if (!card) return;
    const { topic } = card;
    const root = await container();
    if (ctx.isInvalid) return;
    stopAutoUpdate?.();
    current = mark;
    const focused = mark === document.activeElement || mark.getRootNode() !== document;
    render(
      <>
        <Announcer text={focused ? t('card.announce', { title: topic.title, summary: topic.summary }) : ''} />
        <TopicCard {...card} />
      </>,
      root,
    );
    const element = root.querySelector<HTMLElement>('.bm-card')!;
    // A jump from the popup scrolls smoothly: the highlight may start out of
    // view. Only a highlight that was seen and then scrolled away closes it.
    let seen = false;
    stopAutoUpdate = autoUpdate(mark, element, () => {
      void computePosition(mark, element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on the chosen side: the card scrolls instead.
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(120, Math.min(520, availableHeight))}px`;
            },
          }),
          hiddenReference(),
        ],
      }).then(({ x, y, middlewareData }) => {
        if (current !== mark) return;
        // The highlight scrolled out of view: the card has nothing to explain.
        const hidden = middlewareData.hide?.referenceHidden ?? false;
        if (hidden && seen) return hide();
        seen ||= !hidden;
        Object.assign(element.style, { left: `${x}px`, top: `${y}px` });
      });
    });
  }

  function hide() {
    clearTimers();
    stopAutoUpdate?.();
    stopAutoUpdate = undefined;
    current = undefined;
    // The live region stays, empty, so the next announcement is heard.
    if (ui?.mounted) render(<Announcer text="" />, ui.mounted);
  }

  function markFrom(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;
  }

  /** The mark an event happened on, looking through open shadow roots. */
  function markOf(event: Event): HTMLElement | null {
    return markFrom(event.composedPath()[0] ?? event.target);
  }

  function onKeydown(event: KeyboardEvent) {
    // Enter on a highlight whose card is open takes the reader into the card,
    // where Tab reaches its source links; Escape brings them back.
    if (event.key === 'Enter' && current && markOf(event) === current) {
      event.preventDefault();
      ui?.mounted?.querySelector<HTMLElement>('.bm-card')?.focus();
      return;
    }
    if (event.key === 'Escape' && current) {
      const mark = current;
      const focusInCard = ui?.shadowHost.contains(document.activeElement) ?? false;
      hide();
      // Back to the highlight the card belonged to, as a dialog would.
      if (focusInCard) {
        focusReturnedTo = mark;
        mark.focus({ preventScroll: true });
        focusReturnedTo = undefined;
      }
    }
  }

  ctx.addEventListener(document, 'mouseover', (event) => {
    const mark = markOf(event);
    if (!mark) return;
    cancelHide();
    if (mark === current) return;
    window.clearTimeout(showTimer);
    showTimer = ctx.setTimeout(() => void show(mark), SHOW_DELAY_MS);
  });
  ctx.addEventListener(document, 'mouseout', (event) => {
    const mark = markOf(event);
    if (!mark || mark.contains(event.relatedTarget as Node | null)) return;
    window.clearTimeout(showTimer);
    showTimer = undefined;
    scheduleHide();
  });
  ctx.addEventListener(document, 'focusin', (event) => {
    const mark = markOf(event);
    if (mark && mark !== focusReturnedTo) void show(mark);
  });
  ctx.addEventListener(document, 'focusout', (event) => {
    if (markOf(event) && !ui?.shadowHost.contains(event.relatedTarget as Node | null)) scheduleHide();
  });
  ctx.addEventListener(document, 'keydown', onKeydown);
  ctx.onInvalidated(() => {
    hide();
    ui?.remove();
  });
  // The card speaks the reader's chosen language; an open card redraws in a new choice.
  void followUiLanguage(browser.i18n.getUILanguage(), () => {
    if (current) void show(current);
  }).then((stop) => (ctx.isInvalid ? stop() : ctx.onInvalidated(stop)));

  return { show: (mark) => void show(mark), hide };
}

/** A polite live region: screen readers hear the card's gist when a highlight takes focus. */
function Announcer({ text }: { text: string }) {
  return (
    <p class="bm-visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
