import { formatPartialDate } from '../../lib/kb/dates';
import { fill } from '../../lib/platform/i18n/i18n';
import { PrivacyLink } from '../privacy/PrivacyLink';
import { usePanel } from './PanelContext';

/**
 * The knowledge base's dates and version, and what Hutong stands by: sources, neutrality, privacy.
 * Two dates: when the data was last checked, and the newest confirmed fact in it, so a reader can
 * tell how fresh a status is.
 */
export function About() {
  const { kb, lang, t } = usePanel();
  return (
    <section id="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t.about}</h2>
      <p data-meta="as-of">
        {fill(t.asOf, { date: formatPartialDate(kb.asOf, lang), version: kb.version })}
      </p>
      {kb.newestFact && (
        <p data-meta="newest-fact">
          {fill(t.newestFact, { date: formatPartialDate(kb.newestFact, lang) })}
        </p>
      )}
      <h3>{t.aboutSources}</h3>
      <p>{fill(t.aboutSourcesText, { count: kb.sourceCount })}</p>
      <h3>{t.neutrality}</h3>
      <p>{t.neutralityText}</p>
      <h3>{t.privacy}</h3>
      <p>{t.privacyText}</p>
      <PrivacyLink lang={lang} />
    </section>
  );
}
