/**
 * The background's single entry for messages: check the sender, validate the payload, dispatch.
 * Handlers live one per concern next to this file and keep no state in globals (the Chrome service
 * worker can be stopped at any moment); everything durable is in lib/platform/storage.ts.
 */
import type { Runtime } from 'webextension-polyfill';
import type { ErrorReply, Message, Replies } from './protocol';
import { PAGE_ONLY, parseMessage } from './validate';
import { handlers } from '../handlers';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number; incognito?: boolean; url?: string; title?: string };
  frameId?: number;
}

export type Handler<T extends Message['type']> = (
  message: Extract<Message, { type: T }>,
  sender: Sender,
) => Promise<Replies[T] | ErrorReply>;

export type HandlerMap = { [T in Message['type']]: Handler<T> };

/** True for our own extension's pages (popup, side panel, options), never for a web page. */
export function isExtensionPage(sender: Sender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

export async function route(
  raw: unknown,
  sender: Runtime.MessageSender | Sender,
  own: { id: string; origin: string },
): Promise<unknown> {
  // Only our own extension: no externally_connectable, but be explicit all the same.
  if (sender.id !== own.id) return { error: 'unknown sender' } satisfies ErrorReply;
  const message = parseMessage(raw);
  if (!message) return { error: 'malformed message' } satisfies ErrorReply;
  if (PAGE_ONLY.has(message.type) && !isExtensionPage(sender, own.id, own.origin)) {
    return { error: 'not allowed from a web page' } satisfies ErrorReply;
  }
  const handler = handlers[message.type] as Handler<typeof message.type>;
  try {
    return await handler(message as never, sender);
  } catch (error) {
    console.error('Hutong: handler failed', message.type, error);
    return { error: 'internal error' } satisfies ErrorReply;
  }
}
