/**
 * A link to the privacy policy (PRIVACY.md, shown by the extension's privacy.html), for the
 * options page and the side panel's About. It carries its own three strings, so it can be placed
 * anywhere without touching a page's string table.
 */
import type { Language } from '../../data/schema';

const LABEL: Record<Language, string> = {
  en: 'Privacy policy',
  zh: '隐私政策',
  'zh-Hant': '隱私權政策',
};

export function PrivacyLink({ lang }: { lang: Language }) {
  return (
    <p class="privacy-link">
      {/* The policy is written in English and Simplified Chinese; Traditional readers get the latter. */}
      <a href={`/privacy.html#${lang === 'en' ? 'en' : 'zh-CN'}`} target="_blank" rel="noopener">
        {LABEL[lang]}
      </a>
    </p>
  );
}
