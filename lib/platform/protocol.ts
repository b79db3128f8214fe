/**
 * The one message protocol between Hutong's contexts, written once: each message is a valibot
 * schema, its type is inferred from the schema, and which messages only extension pages may send
 * follows from the list a schema is in. The background parses every message here before acting on
 * it (lib/platform/router.ts). Unknown types, extra fields, oversized strings and wrong types are
 * rejected, so handlers only ever see well-formed input. Lengths are checked before formats, and
 * the first failed check ends the parse (`abortPipeEarly`): a 20 MB string is refused by its
 * length, never run through a pattern.
 *
 * The scripts injected into pages import only types from here (and lib/platform/pageApi.ts), so
 * neither the schemas nor the polyfill travel into every page.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Language } from '../../data/schema';
import type { HintStrings } from './i18n/strings/hint';
import type { ErrorReply } from './reply';

export { isErrorReply, type ErrorReply } from './reply';

const Id = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const EntityIds = v.pipe(v.array(Id), v.maxLength(20));

/**
 * Content script → background. No message says which page it is about: the background takes the
 * address, title and site from the sender's tab, which a page cannot forge.
 */
const CONTENT_MESSAGES = [
  /**
   * A covered site's page loaded or navigated (SPA). `visible`: the hint is already on screen (a
   * settings change or SPA navigation), so the visit was already counted and frequency must not
   * hide it.
   */
  v.strictObject({ type: v.literal('page:context'), visible: v.optional(v.boolean()) }),
  /** A news page scored as about the subject, with the entities it is about. */
  v.strictObject({
    type: v.literal('page:article'),
    entityIds: EntityIds,
    visible: v.optional(v.boolean()),
  }),
  /** The hint was actually displayed: record it in history and for "once per session". */
  v.strictObject({ type: v.literal('hint:shown'), entityIds: EntityIds }),
  /** "Hide on this site": the sender's site. */
  v.strictObject({ type: v.literal('hint:hide-site') }),
  /**
   * "Undo" on the hint's "Hints hidden on …": the sender's site back on. Accepted only from the
   * tab that hid that site, within a minute of it.
   */
  v.strictObject({ type: v.literal('hint:undo-hide-site') }),
  /** "More": open the side panel on this entity/event. */
  v.strictObject({
    type: v.literal('panel:open'),
    entityId: v.optional(Id),
    eventId: v.optional(Id),
  }),
] as const;

/**
 * Extension pages (popup, options, side panel) → background. Only they may send these: content
 * scripts run in web pages, which may be hijacked.
 */
const PAGE_MESSAGES = [
  v.strictObject({ type: v.literal('history:delete'), id: v.pipe(v.string(), v.maxLength(64)) }),
  v.strictObject({ type: v.literal('history:clear') }),
  v.strictObject({ type: v.literal('detector:sync') }),
] as const;

const MessageSchema = v.variant('type', [...CONTENT_MESSAGES, ...PAGE_MESSAGES]);

export type ContentToBackground = v.InferOutput<(typeof CONTENT_MESSAGES)[number]>;
export type PageToBackground = v.InferOutput<(typeof PAGE_MESSAGES)[number]>;
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];
/** Each message by its type: `MessageOf['panel:open']`. */
export type MessageOf = { [M in Message as M['type']]: M };

/** Messages only extension pages may send: those in PAGE_MESSAGES. */
export const PAGE_ONLY: ReadonlySet<MessageType> = new Set(
  PAGE_MESSAGES.map((schema) => schema.entries.type.literal),
);

export function parseMessage(raw: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, raw, { abortPipeEarly: true });
  return result.success ? result.output : undefined;
}

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

/** What the background answers to each message (or an ErrorReply). */
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

/** Who sent a message, as the background sees it (the browser's MessageSender, in part). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number; incognito?: boolean; url?: string; title?: string };
  frameId?: number;
}

export type Handler<T extends MessageType> = (
  message: MessageOf[T],
  sender: Sender,
) => Promise<Replies[T] | ErrorReply>;

/** One handler for every message type. */
export type HandlerMap = { [T in MessageType]: Handler<T> };

/** From an extension page (popup, options, side panel), through the polyfill. */
export async function send<M extends Message>(
  message: M,
): Promise<Replies[M['type']] | ErrorReply> {
  return (await browser.runtime.sendMessage(message)) as Replies[M['type']] | ErrorReply;
}
