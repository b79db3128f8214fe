/**
 * Session storage: what lives only as long as the browser session (and empties when Hutong is
 * enabled, updated or reloaded). Each item is declared with its schema and written only through
 * the functions next to it. Marks that are read before they are written (shownThisSession,
 * hintsSwept) go through the write lock (./writes.ts), so two tabs marking at once cannot lose
 * one mark; so does hintHidden, read and cleared by Undo.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { parseOr, validPairs } from './parse';
import { writeInTurn } from './writes';

/**
 * The last failed history write (storage quota), so the popup can say why recording stopped.
 * Session storage: it must be writable exactly when local storage is full.
 */
const WriteFailure = v.object({
  error: v.pipe(
    v.string(),
    v.transform((error) => error.slice(0, 200)),
  ),
  /** Epoch ms. */
  at: v.number(),
});
export type WriteFailure = v.InferOutput<typeof WriteFailure>;

export const parseWriteFailure = (raw: unknown): WriteFailure | null =>
  parseOr(WriteFailure, raw, null);

/**
 * Written by the background's history queue (lib/history/background.ts), which runs one write
 * at a time, through setWriteFailure; removed by forgetSession.
 */
export const historyWriteErrorItem = storage.defineItem<WriteFailure | null>(
  'session:historyWriteError',
  { fallback: null },
);

/** Records (or, with null, clears) the last failed history write. */
export function setWriteFailure(failure: WriteFailure | null): Promise<void> {
  return historyWriteErrorItem.setValue(failure);
}

/** Sites whose hint was already shown in this browser session ("once per session"). */
const ShownThisSession = validPairs(v.string(), v.literal(true));
export type ShownThisSession = v.InferOutput<typeof ShownThisSession>;

export const parseShownThisSession = (raw: unknown): ShownThisSession =>
  v.parse(ShownThisSession, raw);

/** Written through markShown, in turn; removed by forgetSession. */
export const shownThisSessionItem = storage.defineItem<ShownThisSession>(
  'session:shownThisSession',
  { fallback: {} },
);

/** Marks `site`'s hint as shown in this session. */
export function markShown(site: string): Promise<void> {
  return writeInTurn(async () => {
    const shown = parseShownThisSession(await shownThisSessionItem.getValue());
    if (shown[site] !== true) await shownThisSessionItem.setValue({ ...shown, [site]: true });
  });
}

/**
 * Whether the background has looked, since Hutong was last enabled, updated or reloaded (which
 * empty session storage), for hints a previous instance left dead in open tabs. A flag, no data.
 * Written through claimHintsSweep.
 */
export const hintsSweptItem = storage.defineItem<boolean>('session:hintsSwept', {
  fallback: false,
});

/** True for the one caller that gets to sweep in this session; false for every later one. */
export function claimHintsSweep(): Promise<boolean> {
  return writeInTurn(async () => {
    if (parseOr(v.boolean(), await hintsSweptItem.getValue(), false)) return false;
    await hintsSweptItem.setValue(true);
    return true;
  });
}

/**
 * The last "Hide on this site" pressed on a hint: which tab, which site, when (epoch ms). Its Undo
 * is accepted only from that tab, for that site, shortly after; in session storage because the
 * service worker may stop in between.
 */
const HintHidden = v.object({ tabId: v.number(), site: v.string(), at: v.number() });
export type HintHidden = v.InferOutput<typeof HintHidden>;

export const parseHintHidden = (raw: unknown): HintHidden | null => parseOr(HintHidden, raw, null);

/** Written through setHintHidden, in turn. */
export const hintHiddenItem = storage.defineItem<HintHidden | null>('session:hintHidden', {
  fallback: null,
});

export function setHintHidden(hidden: HintHidden | null): Promise<void> {
  return writeInTurn(() => hintHiddenItem.setValue(hidden));
}

/** What the side panel should focus when it next opens (set by the hint, popup, context menu). */
const PanelFocus = v.object({
  // A field of the wrong type is left out; the others still count.
  entity: v.fallback(v.optional(v.string()), undefined),
  event: v.fallback(v.optional(v.string()), undefined),
  query: v.fallback(v.optional(v.string()), undefined),
  /** Epoch ms; stale requests are ignored. */
  at: v.number(),
});
export type PanelFocus = v.InferOutput<typeof PanelFocus>;

export const parsePanelFocus = (raw: unknown): PanelFocus | undefined =>
  parseOr(PanelFocus, raw, undefined);

/**
 * Written through requestPanelFocus; removed by forgetSession. Not through the write lock: it is
 * written whole (the last request wins, nothing is read first), and it is written from inside a
 * user's gesture, where waiting for another page's write would only delay it.
 */
export const panelFocusItem = storage.defineItem<PanelFocus | null>('session:panelFocus', {
  fallback: null,
});

export function requestPanelFocus(focus: Omit<PanelFocus, 'at'>): Promise<void> {
  return panelFocusItem.setValue({ ...focus, at: Date.now() });
}

/** Clear-all: the session's marks, the panel's last request and the last write failure. */
export function forgetSession(): Promise<void> {
  return writeInTurn(async () => {
    await Promise.all([
      shownThisSessionItem.removeValue(),
      panelFocusItem.removeValue(),
      historyWriteErrorItem.removeValue(),
    ]);
  });
}
