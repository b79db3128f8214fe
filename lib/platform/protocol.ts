/**
 * The one message protocol between Hutong's contexts, named by direction. Types only: the
 * background validates every payload against lib/platform/validate.ts before acting on it, and
 * content scripts import nothing heavier than these types and `send`.
 */
import { browser } from 'wxt/browser';
import type { Language } from '../../data/schema';
import type { HintStrings } from './i18n/strings/hint';

/** What a hint shows, already resolved to one language by the background. */
export interface HintContent {
  lang: Language;
  /** The covered domain ("taobao.com"): what "Hide on this site" switches off. */
  site: string;
  entityIds: string[];
  /** Bold lead: the entity's name, or "This article mentions …" on news sites. */
  title: string;
  /** The one line of context. */
  line: string;
  /** Event the "More" action focuses in the side panel, if any. */
  eventId?: string;
}

export interface PageContext {
  /** Undefined when Hutong has no context for the page. */
  content?: HintContent;
  /** Whether the hint should be displayed now (settings, per-site switch, frequency). */
  show: boolean;
  /** With `show`: the hint's stylesheet and labels, in `content.lang`. */
  look?: HintLook;
}

/**
 * What the hint looks like, sent with the answer rather than bundled into the page scripts: every
 * page that gets a hint script then pays for code only, not for the stylesheet and both languages'
 * labels (bench/bundles.bench.ts budgets those scripts).
 */
export interface HintLook {
  css: string;
  strings: HintStrings;
}

/**
 * Content script → background. No message says which page it is about: the background takes the
 * address, title and site from the sender's tab, which a page cannot forge.
 */
export type ContentToBackground =
  /**
   * A covered site's page loaded or navigated (SPA). `visible`: the hint is already on screen (a
   * settings change or SPA navigation), so the visit was already counted and frequency must not
   * hide it.
   */
  | { type: 'page:context'; visible?: boolean }
  /** A news page scored as about the subject, with the entities it is about. */
  | { type: 'page:article'; entityIds: string[]; visible?: boolean }
  /** The hint was actually displayed: record it in history and for "once per session". */
  | { type: 'hint:shown'; entityIds: string[] }
  /** "Hide on this site": the sender's site. */
  | { type: 'hint:hide-site' }
  /**
   * "Undo" on the hint's "Hints hidden on …": the sender's site back on. Accepted only from the
   * tab that hid that site, within a minute of it.
   */
  | { type: 'hint:undo-hide-site' }
  /** "More": open the side panel on this entity/event. */
  | { type: 'panel:open'; entityId?: string; eventId?: string };

/** Extension pages (popup, options, side panel) → background. */
export type PageToBackground =
  { type: 'history:delete'; id: string } | { type: 'history:clear' } | { type: 'detector:sync' };

export type Message = ContentToBackground | PageToBackground;

export interface Replies {
  'page:context': PageContext;
  'page:article': PageContext;
  'hint:shown': { recorded: boolean };
  'hint:hide-site': { ok: true };
  'hint:undo-hide-site': { ok: true };
  'panel:open': { opened: 'panel' | 'tab' };
  'history:delete': { ok: true };
  'history:clear': { ok: true };
  'detector:sync': { active: boolean };
}

/** Rejected messages get this reply instead of an exception, so callers can show a message. */
export interface ErrorReply {
  error: string;
}

// Defined where the page scripts can import it without the polyfill.
export { isErrorReply } from './pageApi';

export async function send<M extends Message>(
  message: M,
): Promise<Replies[M['type']] | ErrorReply> {
  return (await browser.runtime.sendMessage(message)) as Replies[M['type']] | ErrorReply;
}
