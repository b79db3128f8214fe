/**
 * The English / 简体中文 / 繁體中文 switch, shared by the side panel, popup and options. It writes the setting
 * only; every open Hutong page follows through useLanguage(), which watches storage, so the change
 * applies everywhere at once without a reload.
 */
import { useSettings } from './useSettings';
import type { Language } from '../../data/schema';
import {
  LANGUAGE_SETTINGS,
  updateSettings,
  type LanguageSetting,
} from '../../lib/platform/storage/settings';
import { languageSwitchStrings } from '../../lib/platform/i18n/strings/panel';

export interface LanguageSwitchProps {
  /** The language the surrounding UI is shown in (labels follow it). */
  lang: Language;
  /** Element id, for pages that show more than one switch. */
  id?: string;
}

const CHOICES: readonly { value: LanguageSetting; lang?: string }[] = [
  { value: 'auto' },
  { value: 'en', lang: 'en' },
  { value: 'zh', lang: 'zh-CN' },
  { value: 'zh-Hant', lang: 'zh-TW' },
];

export function LanguageSwitch({ lang, id = 'hutong-language' }: LanguageSwitchProps) {
  const { language } = useSettings();
  const t = languageSwitchStrings[lang];
  const labels: Record<LanguageSetting, string> = {
    auto: t.auto,
    // Each language is named in itself, so a reader who cannot read the current UI finds theirs.
    en: 'English',
    zh: '简体中文',
    'zh-Hant': '繁體中文',
  };
  return (
    <div class="language-switch">
      <label for={id}>{t.label}</label>{' '}
      <select
        id={id}
        name="language"
        data-action="language"
        value={language}
        onChange={(event) => {
          const value = LANGUAGE_SETTINGS.find((l) => l === event.currentTarget.value);
          if (value !== undefined) void updateSettings({ language: value });
        }}
      >
        {CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value} lang={choice.lang}>
            {labels[choice.value]}
          </option>
        ))}
      </select>
    </div>
  );
}
