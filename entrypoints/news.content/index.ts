/**
 * The hint on news outlets, only on articles really about the story, e.g.
 * https://www.reuters.com/article/us-china-logistics-idUSKBN18T0BY,
 * https://www.scmp.com/tech/big-tech/article/3280620/jdcom-accept-alipay,
 * https://www.thepaper.cn/newsDetail_forward_1693093
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { news } from '../../lib/generated/matches.json';
import { runHint } from '../../components/hint/runHint';
import { askArticle } from '../../components/hint/articleHint';

export default defineContentScript({
  matches: news,
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  // WXT's start-up postMessage would reach the page's own message listeners (and cost 1-2 ms on
  // heavy pages); its document event is enough to replace an old instance.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runHint(ctx, askArticle);
  },
});
