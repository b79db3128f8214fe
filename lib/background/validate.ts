/**
 * Every message the background receives is parsed here first. Unknown types, extra fields,
 * oversized strings and wrong types are rejected, so handlers only ever see well-formed input.
 */
import * as v from 'valibot';
import type { Message } from '../../utils/messages';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));
const HttpUrl = v.pipe(v.string(), v.maxLength(2048), v.regex(/^https?:\/\//i), v.url());
const Domain = v.pipe(v.string(), v.maxLength(253), v.regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/));
const EntityIds = v.pipe(v.array(Id), v.maxLength(20));

const MessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('page:context'),
    url: HttpUrl,
    visible: v.optional(v.boolean()),
  }),
  v.strictObject({
    type: v.literal('page:article'),
    url: HttpUrl,
    entityIds: EntityIds,
    visible: v.optional(v.boolean()),
  }),
  v.strictObject({
    type: v.literal('hint:shown'),
    url: HttpUrl,
    // Page titles are attacker-controlled: bounded here, rendered as text everywhere.
    title: v.pipe(v.string(), v.maxLength(1000)),
    site: Domain,
    entityIds: EntityIds,
  }),
  v.strictObject({ type: v.literal('hint:hide-site'), site: Domain }),
  v.strictObject({
    type: v.literal('panel:open'),
    entityId: v.optional(Id),
    eventId: v.optional(Id),
  }),
  v.strictObject({ type: v.literal('history:delete'), id: v.pipe(v.string(), v.maxLength(64)) }),
  v.strictObject({ type: v.literal('history:clear') }),
  v.strictObject({ type: v.literal('detector:sync') }),
]);

export function parseMessage(raw: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? (result.output as Message) : undefined;
}

/** Messages only extension pages may send (content scripts run in web pages and may be hijacked). */
export const PAGE_ONLY: ReadonlySet<Message['type']> = new Set([
  'history:delete',
  'history:clear',
  'detector:sync',
]);
