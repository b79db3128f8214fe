/**
 * The in-page hint's life cycle, shared by the shopping-site and article scripts: ask the
 * background, show or hide one shadow-root UI, follow SPA navigation and settings changes, and
 * leave nothing behind when the extension is reloaded.
 *
 * The page is hostile (README, "Threat model"): the shadow root is closed, the buttons act only
 * on the user's own (trusted) clicks and keys, nothing is dispatched into the page, and the only
 * handle on the UI lives in Hutong's isolated world.
 */
import type { ErrorReply, HintContent, PageContext } from '../../utils/messages';
import { isErrorReply, pageBrowser, sendFromPage as send } from '../../utils/pageBrowser';
import { renderHint, renderNote, type HintAction } from './renderHint';
// Inlined as text, not loaded by WXT from a web-accessible file: pages cannot probe for Hutong.
import css from './hint.css?inline';
import { HINT_ELEMENT, UI_HANDLE, WATCHED_KEYS, type HintUiHandle } from './constants';
import { HintLife } from './life';

/** Asks the background about this page; `visible` says the hint is on screen already. */
export type AskContext = (visible: boolean) => Promise<PageContext | ErrorReply>;

export { HINT_ELEMENT, WATCHED_KEYS } from './constants';

interface HintHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
}

/** The least time between two "More" actions: one user action opens at most one panel or tab. */
const MORE_INTERVAL_MS = 1000;

/**
 * The hint's host element with a closed shadow root holding its inlined CSS: page scripts see an
 * element, never what is inside it, and cannot rewrite its text into a notice of their own.
 */
function createHost(): HintHost {
  const host = document.createElement(HINT_ELEMENT);
  // A manual popover lives in the top layer: above the page without a z-index race, and shown
  // without re-walking the page's own paint tree, which on a 20,000-node page halves the cost of
  // the frame that brings the hint up (docs/PERFORMANCE.md). Not dismissed by the page's clicks.
  if (canPopover(host)) host.popover = 'manual';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  return { host, shadow, container };
}

function canPopover(host: HTMLElement): boolean {
  return typeof host.showPopover === 'function';
}

/** Puts the host in the top layer; where that fails it stays an ordinary fixed element. */
function raise(host: HTMLElement): void {
  if (!canPopover(host) || host.matches(':popover-open')) return;
  try {
    host.showPopover();
  } catch {
    // Not connected, or the page's document refuses popovers: the fixed position still holds.
  }
}

/** Starts the hint in this page and leaves its handle in Hutong's isolated world. */
export function startHint(ask: AskContext): void {
  const world = globalThis as Record<string, unknown>;
  // An instance already here (same world) that is still alive keeps the page: never two UIs.
  const previous = world[UI_HANDLE] as HintUiHandle | undefined;
  if (previous?.alive() === true) return;
  world[UI_HANDLE] = runHint(new HintLife(), ask);
}

export function runHint(life: HintLife, ask: AskContext): HintUiHandle {
  let ui: HintHost | undefined;
  let mounted = false;
  let root: HTMLElement | undefined;
  let content: HintContent | undefined;
  let href = location.href;
  /** "Not now" hides the hint on this page (URL) only. */
  let dismissed: string | undefined;
  /** The page the background was last told the hint was shown on. */
  let reported: string | undefined;
  let moreAt = -Infinity;
  let hiding = false;

  const hide = () => {
    if (!mounted || ui === undefined) return;
    mounted = false;
    root = undefined;
    ui.host.remove();
  };

  const onAction = (action: HintAction) => {
    const current = content;
    const shown = root;
    // After an extension reload the old UI may still be up; it takes itself down.
    if (current === undefined || shown === undefined) return;
    if (life.isInvalid) {
      hide();
      return;
    }
    if (action === 'not-now') {
      dismissed = href;
      hide();
    } else if (action === 'hide-site') {
      if (hiding) return;
      hiding = true;
      // Saved first, hidden after: if the switch could not be saved (storage full), the hint
      // stays and says so, instead of vanishing as if it had worked.
      send({ type: 'hint:hide-site' })
        .then((reply) => {
          if (isErrorReply(reply)) throw new Error(reply.error);
          hide();
        })
        .catch(() => renderNote(shown, current, 'hideFailed'))
        .finally(() => {
          hiding = false;
        });
    } else {
      const now = performance.now();
      if (now - moreAt < MORE_INTERVAL_MS) return;
      moreAt = now;
      send({ type: 'panel:open', entityId: current.entityIds[0], eventId: current.eventId })
        .then((reply) => isErrorReply(reply) && Promise.reject(new Error(reply.error)))
        .catch(() => renderNote(shown, current, 'moreFailed'));
    }
  };

  const show = async (next: HintContent) => {
    if (ui === undefined) {
      const made = createHost();
      ui = made;
      life.onInvalidated(() => made.host.remove());
    }
    if (life.isInvalid) return;
    const view = renderHint({ content: next, onAction });
    if (!mounted) {
      // After <body>, so a page's own fixed elements with the same z-index do not cover it.
      document.documentElement.append(ui.host);
      raise(ui.host);
      mounted = true;
    }
    ui.container.replaceChildren(view);
    root = view;
    content = next;
    if (reported !== href) {
      reported = href;
      // The background takes the address and title from the sender's tab, not from here.
      void send({ type: 'hint:shown', entityIds: next.entityIds }).catch(() => undefined);
    }
  };

  const refreshOnce = async () => {
    const reply = await ask(mounted || inherited).catch(() => undefined);
    inherited = false;
    if (life.isInvalid) return;
    if (
      reply === undefined ||
      isErrorReply(reply) ||
      !reply.show ||
      reply.content === undefined ||
      dismissed === href
    ) {
      hide();
      return;
    }
    await show(reply.content);
  };

  // One question at a time, and every answer applied: the background counts a show: true answer
  // as this session's hint, so dropping one for a newer question would lose the hint. Changes
  // that arrive meanwhile coalesce into one more question, asked with the hint on screen.
  let running = false;
  let again = false;
  const refresh = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await refreshOnce();
      } while (again && !life.isInvalid);
    } finally {
      running = false;
    }
  };

  /** Nothing is asked or shown before the page has loaded (see whenPageIsSettled). */
  let settled = false;
  let inherited = false;
  const locationChanged = life.watchLocation((next) => {
    href = next;
    if (settled) void refresh();
  });
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (settled && area === 'local' && WATCHED_KEYS.some((key) => key in changes)) void refresh();
  };
  pageBrowser().storage.onChanged.addListener(onStorage);
  life.onInvalidated(() => {
    try {
      pageBrowser().storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension is gone; its listeners went with it.
    }
  });
  whenPageIsSettled(life, () => {
    settled = true;
    href = location.href;
    // A previous instance's hint (the extension was reloaded or updated): this one replaces it,
    // and as it was on screen, the visit was counted already.
    // Hints are only ever children of <html>: no need to search a 50,000-node page for them.
    const stale = [...document.documentElement.children].filter(
      (el) => el.localName === HINT_ELEMENT && el !== ui?.host,
    );
    inherited = stale.length > 0;
    for (const old of stale) old.remove();
    void refresh();
  });

  return {
    alive: () => !life.isInvalid,
    locationChanged: () => locationChanged(),
    shadow: () => (mounted ? ui?.shadow : undefined),
  };
}

/**
 * Shopping pages are heavy: the hint waits until the page has loaded and the main thread is idle,
 * so it never delays the page's own load or first interactions. The declared scripts (news, the
 * any-site detector) are injected at document_start, which costs the page nothing: Chrome holds a
 * page's load event until its document_idle and document_end scripts have run, which on a
 * 20,000-node page delayed load by a whole rendering frame (docs/PERFORMANCE.md). On covered
 * shopping sites the background injects this after load, so it goes straight to the idle wait.
 */
function whenPageIsSettled(life: HintLife, run: () => void): void {
  const idle = () => life.requestIdleCallback(run, { timeout: 2000 });
  if (document.readyState === 'complete') idle();
  else life.listen(window, 'load', idle, { once: true });
}
