import { browser } from 'wxt/browser';

/**
 * The user's preferred languages, most wanted first: the browser's accept-languages list
 * (navigator.languages, the same list as i18n.getAcceptLanguages() but synchronous, so the first
 * paint is already in the right language), then the browser's own UI language.
 */
export function browserLanguages(): string[] {
  const accepted = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [])];
  return [...accepted, browser.i18n.getUILanguage()];
}
