/**
 * The in-page hint's life cycle, shared by the site, news and any-site content scripts: ask the
 * background, show or hide one shadow-root UI, follow SPA navigation and settings changes, and
 * leave nothing behind when the extension is reloaded (WXT's ctx removes the UI and listeners).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  isErrorReply,
  send,
  type ErrorReply,
  type HintContent,
  type PageContext,
} from '../../utils/messages';
import { browser } from 'wxt/browser';
import { renderHint, renderMoreFailed, type HintAction } from './renderHint';
// Inlined as text, not loaded by WXT from a web-accessible file: pages cannot probe for Hutong.
import css from './hint.css?inline';
import { HINT_ELEMENT, WATCHED_KEYS } from './constants';

/** Asks the background about `url`; `visible` says the hint is on screen already. */
export type AskContext = (url: string, visible: boolean) => Promise<PageContext | ErrorReply>;

export { HINT_ELEMENT, WATCHED_KEYS } from './constants';

interface HintHost {
  host: HTMLElement;
  container: HTMLElement;
}

/**
 * The hint's host element with an open shadow root holding its inlined CSS. Made by hand rather
 * than with WXT's createShadowRootUi, whose bundled CSS loader would be the only network-API call
 * in a content script (tests/e2e/build-audit.spec.ts keeps bundles free of network APIs).
 */
function createHost(): HintHost {
  const host = document.createElement(HINT_ELEMENT);
  // A manual popover lives in the top layer: above the page without a z-index race, and shown
  // without re-walking the page's own paint tree, which on a 20,000-node page halves the cost of
  // the frame that brings the hint up (docs/PERFORMANCE.md). Not dismissed by the page's clicks.
  if (canPopover(host)) host.popover = 'manual';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  return { host, container };
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

export function runHint(ctx: ContentScriptContext, ask: AskContext): void {
  let ui: HintHost | undefined;
  let mounted = false;
  let root: HTMLElement | undefined;
  let content: HintContent | undefined;
  let href = location.href;
  /** "Not now" hides the hint on this page (URL) only. */
  let dismissed: string | undefined;
  /** The page the background was last told the hint was shown on. */
  let reported: string | undefined;

  const hide = () => {
    if (!mounted || ui === undefined) return;
    mounted = false;
    root = undefined;
    ui.host.remove();
  };

  const onAction = (action: HintAction) => {
    const current = content;
    // After an extension reload the old UI may still be up; asking ctx tears it down.
    if (current === undefined || ctx.isInvalid) return;
    if (action === 'not-now') {
      dismissed = href;
      hide();
    } else if (action === 'hide-site') {
      hide();
      void send({ type: 'hint:hide-site', site: current.site }).catch(() => undefined);
    } else {
      const shown = root;
      send({ type: 'panel:open', entityId: current.entityIds[0], eventId: current.eventId })
        .then((reply) => isErrorReply(reply) && Promise.reject(new Error(reply.error)))
        .catch(() => shown !== undefined && renderMoreFailed(shown, current));
    }
  };

  const show = async (next: HintContent) => {
    if (ui === undefined) {
      const made = createHost();
      ui = made;
      ctx.onInvalidated(() => made.host.remove());
    }
    if (ctx.isInvalid) return;
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
      void send({
        type: 'hint:shown',
        url: href,
        title: document.title.slice(0, 1000),
        site: next.site,
        entityIds: next.entityIds,
      }).catch(() => undefined);
    }
  };

  const refreshOnce = async () => {
    const reply = await ask(href, mounted || inherited).catch(() => undefined);
    inherited = false;
    if (ctx.isInvalid) return;
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
      } while (again && !ctx.isInvalid);
    } finally {
      running = false;
    }
  };

  /** Nothing is asked or shown before the page has loaded (see whenPageIsSettled). */
  let settled = false;
  let inherited = false;
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    href = event.newUrl.href;
    if (settled) void refresh();
  });
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (settled && area === 'local' && WATCHED_KEYS.some((key) => key in changes)) void refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    try {
      browser.storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension is gone; its listeners went with it.
    }
  });
  whenPageIsSettled(ctx, () => {
    settled = true;
    href = location.href;
    // A previous instance's hint (the extension was reloaded or updated): this one replaces it,
    // and as it was on screen, the visit was counted already.
    // Hints are only ever children of <html>: no need to search a 50,000-node page for them.
    const stale = [...document.documentElement.children].filter(
      (el) => el.localName === HINT_ELEMENT,
    );
    inherited = stale.length > 0;
    for (const old of stale) old.remove();
    void refresh();
  });
}

/**
 * Shopping pages are heavy: the hint waits until the page has loaded and the main thread is idle,
 * so it never delays the page's own load or first interactions. The declared scripts (news, the
 * any-site detector) are injected at document_start, which costs the page nothing: Chrome holds a
 * page's load event until its document_idle and document_end scripts have run, which on a
 * 20,000-node page delayed load by a whole rendering frame (docs/PERFORMANCE.md). On covered
 * shopping sites the background injects this after load, so it goes straight to the idle wait.
 */
function whenPageIsSettled(ctx: ContentScriptContext, run: () => void): void {
  const idle = () => ctx.requestIdleCallback(run, { timeout: 2000 });
  if (document.readyState === 'complete') idle();
  else ctx.addEventListener(window, 'load', idle, { once: true });
}
