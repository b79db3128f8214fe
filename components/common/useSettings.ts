import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browserLanguages } from '../../lib/platform/i18n/browserLanguages';
import { loadTraditional, traditionalLoaded } from '../../data/text';
import { languageTag, resolveLanguage } from '../../lib/platform/i18n/i18n';
import type { Language } from '../../data/schema';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  settingsItem,
  type Settings,
} from '../../lib/platform/storage/settings';
import { useStorageItem } from './useStorageItem';

/**
 * Current settings, kept live: a change made anywhere (options, popup, side panel) shows at once.
 * The defaults until the stored settings are read.
 */
export function useSettings(): Settings {
  return useStorageItem(settingsItem, parseSettings) ?? DEFAULT_SETTINGS;
}

/** The UI language: the user's choice, or the user's preferred languages when set to "auto". */
export function useLanguage(): Language {
  const { language } = useSettings();
  const wanted = resolveLanguage(language, browserLanguages());
  // The Traditional knowledge base is a chunk of its own, loaded on first need (a few ms, once);
  // until it is in, the page stays Simplified rather than mixing scripts.
  const [traditional, setTraditional] = useState(traditionalLoaded);
  useEffect(() => {
    if (wanted === 'zh-Hant' && !traditional)
      void loadTraditional().then(() => setTraditional(true));
  }, [wanted, traditional]);
  const lang = wanted === 'zh-Hant' && !traditional ? 'zh' : wanted;
  // In the same commit as the text, not after the paint: assistive technology (and a test) that
  // sees the Chinese text must also see lang="zh-CN" (or "zh-TW").
  useLayoutEffect(() => {
    document.documentElement.lang = languageTag(lang);
  }, [lang]);
  return lang;
}
