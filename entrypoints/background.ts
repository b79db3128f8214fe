import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { route } from '../lib/background/router';

export default defineBackground(() => {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Listeners are registered synchronously at start-up so a woken service worker gets the event.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender, own));
});
