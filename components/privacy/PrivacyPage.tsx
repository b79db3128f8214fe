import { useLanguage } from '../common/useSettings';
import { PolicyBlock, policySections } from './markdown';

/**
 * The privacy policy: PRIVACY.md itself, in both languages, the reader's language first. Each
 * version is a section with its own `lang`, reachable as #en and #zh-CN.
 */
export function PrivacyPage({ source }: { source: string }) {
  const lang = useLanguage();
  const first = lang === 'en' ? 'en' : 'zh-CN';
  const sections = policySections(source).sort(
    (a, b) => Number(b.lang === first) - Number(a.lang === first),
  );
  return (
    <main class="privacy">
      <nav aria-label={lang === 'en' ? 'Language' : lang === 'zh' ? '语言' : '語言'}>
        {sections.map((section) => (
          <a href={`#${section.lang}`} lang={section.lang}>
            {section.lang === 'en' ? 'English' : '简体中文'}
          </a>
        ))}
      </nav>
      {sections.map((section) => (
        <article id={section.lang} lang={section.lang} aria-labelledby={`${section.lang}-title`}>
          <h1 id={`${section.lang}-title`}>{section.title}</h1>
          {section.blocks.map((block) => (
            <PolicyBlock block={block} />
          ))}
        </article>
      ))}
    </main>
  );
}
