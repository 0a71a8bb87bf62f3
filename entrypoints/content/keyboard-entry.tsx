/**
 * The keyboard's way into the highlights: one control, the page's first tab
 * stop, hidden until it takes focus (as a "skip to content" link is). Enter
 * on it focuses the first mention in view and opens its card; from there the
 * arrow keys step through the mentions (hover-card.tsx). Marks themselves are
 * no tab stops, so highlights add this one stop to a page, and none when the
 * page has no mention.
 */
import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { t } from '../../data/i18n';

const ENTRY_CSS = `
:host { all: initial; }
.bm-entry {
  position: fixed;
  top: 8px;
  left: 8px;
  z-index: 2147483647;
  padding: 8px 14px;
  border: 2px solid #0b57d0;
  border-radius: 8px;
  background: #ffffff;
  color: #1b1f24;
  font: 600 14px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  box-shadow: 0 6px 20px rgba(0, 0, 0, 0.25);
  cursor: pointer;
  color-scheme: light;
}
.bm-entry:not(:focus) {
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}
.bm-entry:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
`;

export interface KeyboardEntry {
  /** How many mentions the page has: the control says so, and is gone at 0. */
  setCount(count: number): void;
}

export function createKeyboardEntry(ctx: ContentScriptContext, onEnter: () => void): KeyboardEntry {
  let count = 0;
  let root: HTMLElement | undefined;
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | undefined;
  let pending: Promise<void> | undefined;
  let mounted = false;

  function draw() {
    if (!root) return;
    render(
      <button type="button" class="bm-entry" onClick={onEnter}>
        {t('keyboard.entry', { count })}
      </button>,
      root,
    );
  }

  /** In the page while it has mentions; taken out (the page exactly as it was) when it has none. */
  function sync() {
    if (!ui || ctx.isInvalid) return;
    if (count > 0 && !mounted) ui.mount();
    else if (count === 0 && mounted) {
      if (root) render(null, root);
      ui.remove();
      root = undefined;
    }
    mounted = count > 0;
    draw();
  }

  function create() {
    pending ??= createShadowRootUi(ctx, {
      name: 'briefmark-entry',
      position: 'inline',
      anchor: 'body',
      // First in the body, so it is the first stop of the page's tab order.
      append: 'first',
      css: ENTRY_CSS,
      onMount(container, _shadow, host) {
        host.setAttribute('data-briefmark-ui', '');
        // Out of the page's flow: it never moves the page's layout.
        for (const [name, value] of [['position', 'absolute'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0']]) {
          host.style.setProperty(name!, value!, 'important');
        }
        root = container;
        return container;
      },
    }).then((created) => {
      ui = created;
      sync();
    });
  }

  return {
    setCount(next) {
      if (next === count) return;
      count = next;
      // A page with no mention gets no element at all.
      if (count > 0) create();
      sync();
    },
  };
}
