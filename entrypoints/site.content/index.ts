/**
 * The in-page hint's UI on the sites in the story, e.g.
 * https://www.taobao.com/, https://item.taobao.com/item.htm?id=1, https://detail.tmall.com/,
 * https://item.jd.com/100012043978.html, https://www.sf-express.com/, https://www.cainiao.com/
 *
 * Not declared to run on every page: the background injects it into a covered page when a hint
 * is due (lib/background/hints.ts), so most visits run no Hutong script at all. Kept small all the
 * same: no knowledge base here. The background decides what to say.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { site } from '../../lib/generated/matches.json';
import { send } from '../../utils/messages';
import { runHint } from '../../components/hint/runHint';
import { UI_ALIVE } from '../../components/hint/constants';

export default defineContentScript({
  registration: 'runtime',
  matches: site,
  // The hint's CSS is inlined into its shadow root by runHint, not injected into the page.
  cssInjectionMode: 'manual',
  // WXT's start-up postMessage would reach the page's own message listeners (and cost 1-2 ms on
  // heavy pages); its document event is enough to replace an old instance.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Tells the background, before it injects this again, that a live UI runs here already.
    (globalThis as Record<string, unknown>)[UI_ALIVE] = () => !ctx.isInvalid;
    runHint(ctx, (url, visible) => send({ type: 'page:context', url, visible }));
  },
});
