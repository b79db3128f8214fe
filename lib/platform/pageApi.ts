/**
 * The browser's own extension API, for the scripts Hutong injects into pages (hint-site.js,
 * hint-article.js): Firefox's `browser`, or Chrome's `chrome`, whose calls return promises in
 * MV3. Those scripts run on every covered visit, so they do not carry webextension-polyfill;
 * extension pages and the background keep it (through `wxt/browser`).
 *
 * Nothing here may import `wxt/browser`, directly or through another module: that would bring
 * the polyfill back into the page scripts (bench/bundles.bench.ts measures them).
 */
import type { browser as Polyfilled } from 'wxt/browser';
import type { Message, Replies } from './protocol';
import type { ErrorReply } from './reply';

export { isErrorReply } from './reply';

type Api = typeof Polyfilled;

/** The API of the world this script runs in, looked up when used (never at import time). */
export function pageBrowser(): Api {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (scope.browser ?? scope.chrome) as Api;
}

/** lib/platform/protocol.ts's `send`, over the browser's own API. */
export async function sendFromPage<M extends Message>(
  message: M,
): Promise<Replies[M['type']] | ErrorReply> {
  return (await pageBrowser().runtime.sendMessage(message)) as Replies[M['type']] | ErrorReply;
}
