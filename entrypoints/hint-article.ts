/**
 * The hint on news outlets, only on articles really about the story, e.g.
 * https://www.reuters.com/article/us-china-logistics-idUSKBN18T0BY,
 * https://www.scmp.com/tech/big-tech/article/3280620/jdcom-accept-alipay,
 * https://www.thepaper.cn/newsDetail_forward_1693093
 *
 * Injected by the background into a news tab (and, with the opt-in "on any site" detection, into
 * any tab) whose title or address passes the pre-screen (lib/news/articles.ts). An unlisted
 * script, not a WXT content script: WXT's content-script context dispatches events into the page
 * (lib/hint/life.ts says why that matters).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startHint } from '../components/hint/runHint';
import { askArticle } from '../lib/news/askArticle';

export default defineUnlistedScript(() => {
  startHint(askArticle);
});
