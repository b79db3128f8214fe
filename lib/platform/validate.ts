/**
 * Every message the background receives is parsed here first. Unknown types, extra fields,
 * oversized strings and wrong types are rejected, so handlers only ever see well-formed input.
 * Lengths are checked before formats, and the first failed check ends the parse
 * (`abortPipeEarly`): a 20 MB string is refused by its length, never run through a pattern.
 */
import * as v from 'valibot';
import type { Message } from './protocol';

const Id = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const EntityIds = v.pipe(v.array(Id), v.maxLength(20));

const MessageSchema = v.variant('type', [
  // Which page a message is about comes from the sender's tab, never from the message.
  v.strictObject({ type: v.literal('page:context'), visible: v.optional(v.boolean()) }),
  v.strictObject({
    type: v.literal('page:article'),
    entityIds: EntityIds,
    visible: v.optional(v.boolean()),
  }),
  v.strictObject({ type: v.literal('hint:shown'), entityIds: EntityIds }),
  v.strictObject({ type: v.literal('hint:hide-site') }),
  v.strictObject({ type: v.literal('hint:undo-hide-site') }),
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
  const result = v.safeParse(MessageSchema, raw, { abortPipeEarly: true });
  return result.success ? (result.output as Message) : undefined;
}

/** Messages only extension pages may send (content scripts run in web pages and may be hijacked). */
export const PAGE_ONLY: ReadonlySet<Message['type']> = new Set([
  'history:delete',
  'history:clear',
  'detector:sync',
]);
