/**
 * The opt-in "on any site" article detector: not in the manifest; lib/background/detector.ts
 * registers it for every http(s) site (except the covered ones) only while the setting is on and
 * the optional <all_urls> permission is granted. Same behaviour as the news script.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runHint } from '../../components/hint/runHint';
import { askArticle } from '../../components/hint/articleHint';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  // WXT's start-up postMessage would reach the page's own message listeners (and cost 1-2 ms on
  // heavy pages); its document event is enough to replace an old instance.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runHint(ctx, askArticle);
  },
});
