import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { route } from '../lib/background/router';
import { setupHintCommand, setupHints } from '../lib/background/hints';
import { setupPanel } from '../lib/background/panel';
import { setupDetector } from '../lib/background/detector';
import { setupArticles } from '../lib/background/articles';
import { setupOnboarding } from '../lib/background/onboarding';
import { migrateHistoryOnStart } from '../lib/background/history';

export default defineBackground(() => {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Every listener is registered synchronously at start-up, so a service worker woken by an
  // event gets that event. Handlers keep no state in globals (the worker can stop any time).
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender, own));
  setupHints();
  setupHintCommand();
  setupPanel();
  setupDetector();
  setupArticles();
  setupOnboarding();
  // History saved by 0.x as one big list moves into chunks (it stays readable until then).
  void migrateHistoryOnStart();
});
