/**
 * The in-page hint on the sites in the story, e.g.
 * https://www.taobao.com/, https://item.taobao.com/item.htm?id=1, https://detail.tmall.com/,
 * https://item.jd.com/100012043978.html, https://www.sf-express.com/, https://www.cainiao.com/
 *
 * Kept tiny: no knowledge base here. The background decides what to say; this only renders it.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { site } from '../../lib/generated/matches.json';
import { send } from '../../utils/messages';
import { runHint } from '../../components/hint/runHint';

export default defineContentScript({
  matches: site,
  runAt: 'document_idle',
  // The hint's CSS is inlined into its shadow root by runHint, not injected into the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    runHint(ctx, (url, visible) => send({ type: 'page:context', url, visible }));
  },
});
