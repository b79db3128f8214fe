/**
 * A link to the privacy policy (PRIVACY.md, shown by the extension's privacy.html), for the
 * options page and the side panel's About. It carries its own two strings, so it can be placed
 * anywhere without touching a page's string table.
 */
import type { Language } from '../../utils/storage';

const LABEL: Record<Language, string> = { en: 'Privacy policy', zh: '隐私政策' };

export function PrivacyLink({ lang }: { lang: Language }) {
  return (
    <p class="privacy-link">
      <a href={`/privacy.html#${lang === 'zh' ? 'zh-CN' : 'en'}`} target="_blank" rel="noopener">
        {LABEL[lang]}
      </a>
    </p>
  );
}
