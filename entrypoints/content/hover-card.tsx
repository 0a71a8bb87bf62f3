/**
 * The hover card: one card per page, in a shadow root so the page's CSS
 * cannot reach it, positioned next to the highlight with Floating UI.
 *
 * Behaviour a reader expects from a hover card:
 * - it opens after a short intent delay on hover (not on every pass of the
 *   pointer), and at once when a highlight takes focus;
 * - a grace period lets the pointer travel from the highlight onto the card;
 * - it closes on pointer leave, Escape, focus leaving it, or when the
 *   highlight scrolls away; focus that leaves it by Tab or Escape goes back
 *   to where it came from;
 * - the glance fits in the viewport without scrolling (fewer facts where the
 *   room is short); "More" opens the full view, which scrolls;
 * - it takes the page's colours, light or dark (page-tone.ts).
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, hide as hiddenReference, offset, shift, size } from '@floating-ui/dom';
import { browser, createShadowRootUi, type ContentScriptContext } from '#imports';
import { t } from '../../data/i18n';
import { followUiLanguage } from '../../data/ui-language';
import type { Direction } from '../../data/protocol';
import { TopicCard, type TopicCardProps } from '../../components/TopicCard';
import { MARK_SELECTOR } from './engine';
import { toneAt } from './page-tone';
import briefingCss from '../../components/briefing.css?inline';
import cardCss from '../../components/card.css?inline';

const SHOW_DELAY_MS = 250;
const HIDE_GRACE_MS = 300;
/** The glance shows the newest facts: three where they fit, fewer where the room is short. */
const GLANCE_FACTS = 3;
const VIEWPORT_PADDING = 8;
/** Narrower viewports have no room for the card beside a highlight. */
const SIDE_BY_SIDE_WIDTH = 900;

export interface HoverCard {
  /** Opens the card for `mark` now (a keyboard step, or a jump from the popup). */
  show(mark: HTMLElement): void;
  hide(): void;
  /** The mark whose card is open. */
  readonly mark: HTMLElement | undefined;
}

/** What the card shows for a mention; the card adds its own state (full view, facts that fit, colours). */
export type CardContent = Omit<TopicCardProps, 'expanded' | 'onToggleExpanded' | 'maxFacts' | 'tone'>;

export interface HoverCardOptions {
  /**
   * The card for a topic, met at `mark` (its topic, pack title, date, related
   * titles, actions), or `undefined` for a topic no longer tracked. Asked on
   * every opening, so the card follows the reader's current packs.
   */
  describe(topicId: string, mark: HTMLElement): CardContent | undefined;
  /** Arrow keys on a focused mention step to the next or previous one. */
  step(direction: Direction): void;
}

/** What takes focus for a mention: the mark, or the link (or control) that holds it. */
export function focusTargetOf(mark: HTMLElement): HTMLElement {
  if (mark.hasAttribute('tabindex')) return mark;
  return mark.parentElement?.closest<HTMLElement>('a[href], button, summary, label, [tabindex]') ?? mark;
}

const STEP_KEYS: Record<string, Direction> = { ArrowDown: 'next', ArrowRight: 'next', ArrowUp: 'previous', ArrowLeft: 'previous' };

export function createHoverCard(ctx: ContentScriptContext, options: HoverCardOptions): HoverCard {
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | undefined;
  let uiPending: Promise<HTMLElement> | undefined;
  let current: HTMLElement | undefined;
  /** The topic shown: the mark's, or a related one the reader opened from the card. */
  let shownTopic: string | undefined;
  let expanded = false;
  let facts = GLANCE_FACTS;
  /** The glance may cover its highlight: only where even two facts fit neither above, below nor beside it. */
  let overlap = false;
  let announce = '';
  let stopAutoUpdate: (() => void) | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  /** Where focus was before it went into the card: it goes back there. */
  let returnTo: HTMLElement | undefined;
  // Focus sent back to the highlight must not reopen its card.
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
        host.addEventListener('focusin', (event) => {
          const from = event.relatedTarget as HTMLElement | null;
          if (from && !host.contains(from)) returnTo ??= from;
        });
        host.addEventListener('focusout', (event) => {
          // Focus went elsewhere on the page (a click, the page's own script): the card has lost its reader.
          const to = event.relatedTarget as Node | null;
          if (to && !host.contains(to) && current && to !== focusTargetOf(current)) hide();
          else if (!to) scheduleHide();
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

  const cardElement = () => ui?.mounted?.querySelector<HTMLElement>('.bm-card') ?? undefined;
  const focusInCard = () => !!ui && ui.shadowHost.contains(document.activeElement);

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
    // Keyboard readers are inside the card or on its mention: only they close it.
    if (focusInCard() || (current && document.activeElement === focusTargetOf(current))) return;
    if (hideTimer === undefined && current) hideTimer = ctx.setTimeout(hide, HIDE_GRACE_MS);
  }

  /** Draws the card for the current mark and state; false when there is nothing to show. */
  function draw(root: HTMLElement, mark: HTMLElement): boolean {
    const content = options.describe(shownTopic ?? mark.dataset.topic ?? '', mark);
    if (!content) return false;
    render(
      <>
        <Announcer text={announce} />
        <TopicCard
          {...content}
          tone={toneAt(mark)}
          expanded={expanded}
          maxFacts={facts}
          onToggleExpanded={() => {
            expanded = !expanded;
            facts = GLANCE_FACTS;
            overlap = false;
            redraw();
          }}
          actions={
            content.actions && {
              ...content.actions,
              openTopic: (id) => {
                shownTopic = id;
                redraw();
                cardElement()?.focus({ preventScroll: true });
              },
            }
          }
        />
      </>,
      root,
    );
    return true;
  }

  function redraw() {
    if (current && ui?.mounted) draw(ui.mounted, current);
  }

  async function show(mark: HTMLElement) {
    clearTimers();
    if (!options.describe(mark.dataset.topic ?? '', mark)) return;
    const root = await container();
    if (ctx.isInvalid) return;
    stopAutoUpdate?.();
    if (current !== mark) {
      shownTopic = undefined;
      expanded = false;
      facts = GLANCE_FACTS;
      overlap = false;
      returnTo = undefined;
    }
    current = mark;
    const focused = focusTargetOf(mark) === document.activeElement || mark.getRootNode() !== document;
    const content = options.describe(mark.dataset.topic ?? '', mark)!;
    announce = focused ? t('card.announce', { title: content.topic.title, summary: content.topic.summary }) : '';
    if (!draw(root, mark)) return;
    const element = cardElement()!;
    // A jump from the popup scrolls smoothly: the highlight may start out of
    // view. Only a highlight that was seen and then scrolled away closes it.
    let seen = false;
    const update = () => {
      void computePosition(mark, element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          // Below, above, or beside the highlight: wherever the card fits whole.
          flip({
            padding: VIEWPORT_PADDING,
            crossAxis: false,
            // Beside it only where a card fits beside a line of text.
            fallbackPlacements: window.innerWidth >= SIDE_BY_SIDE_WIDTH ? ['top-start', 'right-start', 'left-start'] : ['top-start'],
          }),
          shift({ padding: VIEWPORT_PADDING, crossAxis: overlap }),
          size({
            padding: VIEWPORT_PADDING,
            apply({ availableHeight, elements }) {
              // Only the full view scrolls; the glance is made to fit (below).
              elements.floating.style.maxHeight = expanded ? `${Math.max(200, availableHeight)}px` : `${window.innerHeight - 2 * VIEWPORT_PADDING}px`;
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
        // The glance never scrolls: where it does not fit, it shows fewer
        // facts (down to two), then may cover its highlight, then one fact.
        const { height, width } = element.getBoundingClientRect();
        const overflows =
          element.scrollHeight > element.clientHeight + 1 || y < 0 || y + height > window.innerHeight || x < 0 || x + width > window.innerWidth;
        if (expanded || !overflows) return;
        if (facts > 2) facts--;
        else if (!overlap) overlap = true;
        else if (facts > 1) facts--;
        else return;
        redraw();
        update();
      });
    };
    stopAutoUpdate = autoUpdate(mark, element, update);
  }

  function hide() {
    clearTimers();
    stopAutoUpdate?.();
    stopAutoUpdate = undefined;
    current = undefined;
    shownTopic = undefined;
    returnTo = undefined;
    // The live region stays, empty, so the next announcement is heard.
    if (ui?.mounted) render(<Announcer text="" />, ui.mounted);
  }

  /** Closes the card and gives focus back to where it was before the card (the mention, as a dialog would). */
  function closeAndReturn() {
    const mark = current;
    const back = returnTo?.isConnected ? returnTo : mark?.isConnected ? focusTargetOf(mark) : undefined;
    hide();
    if (back) {
      focusReturnedTo = mark;
      back.focus({ preventScroll: true });
      focusReturnedTo = undefined;
    }
  }

  function markFrom(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;
  }

  /** The mark an event happened on, looking through open shadow roots. */
  function markOf(event: Event): HTMLElement | null {
    return markFrom(event.composedPath()[0] ?? event.target);
  }

  /** The card's own stops, in order: the card itself first (it takes focus from Enter). */
  function stopsInCard(): HTMLElement[] {
    const card = cardElement();
    if (!card) return [];
    return [card, ...card.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')];
  }

  function enterCard(event: KeyboardEvent, where: 'card' | 'first') {
    event.preventDefault();
    returnTo = document.activeElement as HTMLElement;
    const stops = stopsInCard();
    (where === 'first' ? (stops[1] ?? stops[0]) : stops[0])?.focus({ preventScroll: true });
  }

  function onKeydown(event: KeyboardEvent) {
    if (event.defaultPrevented) return;
    const active = document.activeElement;
    const direction = STEP_KEYS[event.key];
    const plainKey = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (!current) {
      // A highlight with its card closed (after Escape) still steps on.
      if (direction && plainKey && active instanceof HTMLElement && active.matches(MARK_SELECTOR)) {
        event.preventDefault();
        options.step(direction);
      }
      return;
    }
    if (focusInCard()) {
      if (event.key === 'Escape') {
        event.preventDefault();
        return closeAndReturn();
      }
      if (event.key !== 'Tab') return;
      // Tab past the card's last stop, or Shift+Tab before its first, leaves
      // it: it closes, and focus goes back to the mention, not to wherever the
      // page's order would send it.
      const stops = stopsInCard();
      const inside = ui!.shadowHost.shadowRoot?.activeElement as HTMLElement | null;
      const at = inside ? stops.indexOf(inside) : -1;
      if ((event.shiftKey && at <= 0) || (!event.shiftKey && at === stops.length - 1)) {
        event.preventDefault();
        closeAndReturn();
      }
      return;
    }
    // On the mention whose card is open.
    if (active !== focusTargetOf(current)) {
      if (event.key === 'Escape') hide();
      return;
    }
    if (direction && plainKey) {
      event.preventDefault();
      return options.step(direction);
    }
    if (event.key === 'Escape') return hide();
    // Enter on a highlight takes the reader into the card (on a link, Enter follows the link);
    // Tab reaches the card's links and buttons before the page's next stop.
    if (event.key === 'Enter' && active === current) return enterCard(event, 'card');
    if (event.key === 'Tab' && !event.shiftKey) return enterCard(event, 'first');
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
    if (!current) return;
    const from = event.composedPath()[0];
    const to = event.relatedTarget as Node | null;
    // The mention lost focus to something other than its card: it closes.
    if (from === focusTargetOf(current) && !ui?.shadowHost.contains(to)) {
      if (to) hide();
      else scheduleHide();
    }
  });
  ctx.addEventListener(document, 'keydown', onKeydown, { capture: true });
  ctx.onInvalidated(() => {
    hide();
    ui?.remove();
  });
  // The card speaks the reader's chosen language; an open card redraws in a new choice.
  void followUiLanguage(browser.i18n.getUILanguage(), () => redraw()).then((stop) => (ctx.isInvalid ? stop() : ctx.onInvalidated(stop)));

  return {
    show: (mark) => void show(mark),
    hide,
    get mark() {
      return current;
    },
  };
}

/** A polite live region: screen readers hear the card's gist when a highlight takes focus. */
function Announcer({ text }: { text: string }) {
  return (
    <p class="bm-visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
