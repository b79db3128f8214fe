import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { route } from '../lib/platform/router';
import { handlers } from '../lib/handlers';
import { setHintStylesheet } from '../lib/hint/decide';
import hintCss from '../components/hint/hint.css?inline';
import { setupHintCommand, setupHints } from '../lib/hint/background';
import { setupPanel } from '../lib/panel/background';
import { setupDetector } from '../lib/news/detector';
import { setupArticles } from '../lib/news/articles';
import { setupOnboarding } from '../lib/onboarding/background';
import { migrateHistoryOnStart } from '../lib/history/background';

export default defineBackground(() => {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Every listener is registered synchronously at start-up, so a service worker woken by an
  // event gets that event. Handlers keep no state in globals (the worker can stop any time).
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender, own, handlers));
  setHintStylesheet(hintCss);
  setupHints();
  setupHintCommand();
  setupPanel();
  setupDetector();
  setupArticles();
  setupOnboarding();
  // History saved by 0.x as one big list moves into chunks (it stays readable until then).
  void migrateHistoryOnStart();
});
