/**
 * The in-page hint's life cycle, shared by the shopping-site and article scripts: ask the
 * background, show or hide one shadow-root UI, follow SPA navigation and settings changes, and
 * leave nothing behind when the extension is reloaded.
 *
 * The page is hostile (README, "Threat model"): the shadow root is closed, the buttons act only
 * on the user's own (trusted) clicks and keys, nothing is dispatched into the page, and the only
 * handle on the UI lives in Hutong's isolated world.
 */
import type { HintContent, HintLook } from '../../lib/platform/protocol';
import { isErrorReply, pageBrowser, sendFromPage as send } from '../../lib/platform/pageApi';
import { renderHidden, renderHint, renderNote, type HintAction } from './renderHint';
import {
  HINT_ELEMENT,
  UI_HANDLE,
  WATCHED_KEYS,
  type AskContext,
  type HintUiHandle,
} from '../../lib/hint/constants';
import { HintLife, oneAtATime, whenPageIsSettled } from '../../lib/hint/life';
import { createHost, placeHost, raise, type HintHost } from './host';

export { HINT_ELEMENT, WATCHED_KEYS } from '../../lib/hint/constants';

/** The least time between two "More" actions: one user action opens at most one panel or tab. */
const MORE_INTERVAL_MS = 1000;
/** How long "Hints hidden on …" and its Undo stay; longer while the pointer is on it. */
const UNDO_MS = 6000;
/** Placement is checked again at most this often while the window is resized. */
const RESIZE_MS = 150;

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
  let look: HintLook | undefined;
  let href = location.href;
  /** "Not now" hides the hint on this page (URL) only. */
  let dismissed: string | undefined;
  /** The page the background was last told the hint was shown on. */
  let reported: string | undefined;
  let moreAt = -Infinity;
  /** A "Hide on this site" or "Undo" is on its way to the background. */
  let hiding = false;
  /** Set while "Hints hidden on …" and its Undo are on screen. */
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where focus was before it entered the hint: it goes back there when the hint goes. */
  let before: HTMLElement | undefined;
  /** The user opened the hint from its collapsed pill: it stays open on this page. */
  let expanded = false;

  const hasFocus = () => ui !== undefined && document.activeElement === ui.host;
  const focusBack = () => {
    if (before?.isConnected === true) before.focus({ preventScroll: true });
    // Nothing to go back to: leave the hint all the same, to the page's body.
    if (hasFocus()) (ui?.shadow.activeElement as HTMLElement | null)?.blur();
  };

  const hide = () => {
    if (!mounted || ui === undefined) return;
    const focused = hasFocus();
    clearTimeout(undoTimer);
    undoTimer = undefined;
    mounted = false;
    root = undefined;
    ui.host.remove();
    if (focused) focusBack();
  };

  /**
   * Keeps the hint off the page's fixed bars and toolbars (place.ts): moved above or beside them,
   * or collapsed to a small pill where the whole hint has no clear spot.
   */
  const place = () => {
    if (!mounted || ui === undefined || root === undefined) return;
    placeHost(ui, root, expanded);
  };
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  life.listen(window, 'resize', () => {
    resizeTimer ??= setTimeout(() => {
      resizeTimer = undefined;
      place();
    }, RESIZE_MS);
  });

  /**
   * "Hints hidden on …" goes after UNDO_MS, not while the pointer rests on it (about to press
   * Undo). Keyboard focus does not hold it: focus goes back to where it was before the hint.
   */
  const armUndo = () => {
    undoTimer = setTimeout(() => {
      if (ui?.host.matches(':hover') === true) armUndo();
      else hide();
    }, UNDO_MS);
  };

  const onAction = (action: HintAction) => {
    const current = content;
    const shown = root;
    const strings = look?.strings;
    // After an extension reload the old UI may still be up; it takes itself down.
    if (current === undefined || shown === undefined || strings === undefined) return;
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
          // Says what happened, with an Undo, for a few seconds; then the hint goes.
          const focused = hasFocus();
          const undo = renderHidden(shown, current.site, strings);
          if (focused) undo.focus();
          place();
          armUndo();
        })
        .catch(() => renderNote(shown, strings.hideFailed))
        .finally(() => {
          hiding = false;
        });
    } else if (action === 'undo') {
      if (hiding) return;
      hiding = true;
      // The switch back on is a settings change: the hint comes back through refresh.
      send({ type: 'hint:undo-hide-site' })
        .then((reply) => isErrorReply(reply) && Promise.reject(new Error(reply.error)))
        .catch(() => renderNote(shown, strings.undoFailed))
        .finally(() => {
          hiding = false;
        });
    } else if (action === 'expand') {
      expanded = true;
      place();
      shown.focus();
    } else {
      const now = performance.now();
      if (now - moreAt < MORE_INTERVAL_MS) return;
      moreAt = now;
      send({ type: 'panel:open', entityId: current.entityIds[0], eventId: current.eventId })
        .then((reply) => isErrorReply(reply) && Promise.reject(new Error(reply.error)))
        .catch(() => renderNote(shown, strings.moreFailed));
    }
  };

  const show = async (next: HintContent, nextLook: HintLook) => {
    if (ui === undefined) {
      const made = createHost(nextLook.css);
      ui = made;
      life.onInvalidated(() => made.host.remove());
    }
    if (life.isInvalid) return;
    const view = renderHint({ content: next, strings: nextLook.strings, onAction });
    view.addEventListener('focusin', (event) => {
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && !view.contains(from)) before = from;
    });
    // A new view replaces the one that had focus (language, Undo): focus stays in the hint.
    const focused = hasFocus();
    clearTimeout(undoTimer);
    undoTimer = undefined;
    if (!mounted) {
      // After <body>, so a page's own fixed elements with the same z-index do not cover it.
      document.documentElement.append(ui.host);
      raise(ui.host);
      mounted = true;
    }
    ui.container.replaceChildren(view);
    root = view;
    content = next;
    look = nextLook;
    place();
    if (focused) view.focus();
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
      reply.look === undefined ||
      dismissed === href
    ) {
      // "Hide on this site" turned the switch off: its notice and Undo stay their few seconds.
      if (!hiding && undoTimer === undefined) hide();
      return;
    }
    await show(reply.content, reply.look);
  };

  // One question at a time, and every answer applied: the background counts a show: true answer
  // as this session's hint, so dropping one for a newer question would lose the hint. Changes
  // that arrive meanwhile coalesce into one more question, asked with the hint on screen.
  const refresh = oneAtATime(refreshOnce, life);

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
    focus: () => {
      if (root === undefined) return false;
      if (hasFocus()) {
        focusBack();
      } else {
        const active = document.activeElement;
        before = active instanceof HTMLElement && active !== document.body ? active : undefined;
        // Asked for by the user: a hint collapsed to its pill opens.
        if (root.classList.contains('collapsed')) {
          expanded = true;
          place();
        }
        root.focus();
      }
      return true;
    },
  };
}
