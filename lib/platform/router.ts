/**
 * The background's single entry for messages: check the sender, parse the payload
 * (lib/platform/protocol.ts), dispatch to the handler table it is given. The table is assembled
 * in lib/handlers.ts from one part per feature; this file knows none of them. Handlers keep no
 * state in globals (the Chrome service worker can be stopped at any moment); everything durable
 * is in storage (lib/platform/storage/).
 */
import type { Runtime } from 'webextension-polyfill';
import {
  PAGE_ONLY,
  parseMessage,
  type ErrorReply,
  type HandlerMap,
  type MessageOf,
  type MessageType,
  type Replies,
  type Sender,
} from './protocol';

/** True for our own extension's pages (popup, side panel, options), never for a web page. */
export function isExtensionPage(sender: Sender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

function dispatch<T extends MessageType>(
  handlers: HandlerMap,
  type: T,
  message: MessageOf[T],
  sender: Sender,
): Promise<Replies[T] | ErrorReply> {
  return handlers[type](message, sender);
}

export async function route(
  raw: unknown,
  sender: Runtime.MessageSender | Sender,
  own: { id: string; origin: string },
  handlers: HandlerMap,
): Promise<unknown> {
  // Only our own extension: no externally_connectable, but be explicit all the same.
  if (sender.id !== own.id) return { error: 'unknown sender' } satisfies ErrorReply;
  const message = parseMessage(raw);
  if (!message) return { error: 'malformed message' } satisfies ErrorReply;
  if (PAGE_ONLY.has(message.type) && !isExtensionPage(sender, own.id, own.origin)) {
    return { error: 'not allowed from a web page' } satisfies ErrorReply;
  }
  try {
    return await dispatch(handlers, message.type, message, sender);
  } catch (error) {
    console.error('Hutong: handler failed', message.type, error);
    return { error: 'internal error' } satisfies ErrorReply;
  }
}
