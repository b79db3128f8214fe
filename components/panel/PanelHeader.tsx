import { common } from '../../utils/strings/common';
import { LanguageSwitch } from '../LanguageSwitch';
import { usePanel } from './PanelContext';

/** The page's banner: name, language switch and the sections' navigation. */
export function PanelHeader() {
  const { lang, t } = usePanel();
  const sections = [
    ['this-site', t.thisSite],
    ['timeline', t.timeline],
    ['map', t.map],
    ['about', t.about],
  ] as const;
  return (
    <header class="panel-header">
      <div class="brand">
        <h1>{common[lang].appName}</h1>
        <LanguageSwitch lang={lang} />
      </div>
      <p class="tagline">{common[lang].tagline}</p>
      <nav aria-label={t.sectionsNav}>
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
    </header>
  );
}
