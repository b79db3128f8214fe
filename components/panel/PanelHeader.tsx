import { common } from '../../lib/platform/i18n/strings/common';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { usePanel } from './PanelContext';

/**
 * The page's banner (mark, drawn by CSS as it is decorative; name; language switch) and the sections' navigation. The navigation
 * is the banner's sibling, not inside it, so that it can stay at the top of the view (sticky)
 * all the way down the long timeline while the banner scrolls away.
 */
export function PanelHeader() {
  const { lang, t } = usePanel();
  const sections = [
    ['this-site', t.thisSite],
    ['timeline', t.timeline],
    ['map', t.map],
    ['about', t.about],
  ] as const;
  return (
    <>
      <header class="panel-header">
        <div class="brand">
          <h1>{common[lang].appName}</h1>
          <LanguageSwitch lang={lang} />
        </div>
        <p class="tagline">{common[lang].tagline}</p>
      </header>
      <nav class="section-nav" aria-label={t.sectionsNav}>
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} data-nav={id}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
