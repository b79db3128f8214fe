/**
 * Every covered site with its hint switch, searchable by entity name (both languages), alias or
 * domain. One switch per domain: that is the unit the hint's "Hide on this site" switches off.
 */
import { useMemo, useState } from 'preact/hooks';
import { entities } from '../../data';
import type { Entity } from '../../data/schema';
import { setSiteEnabled, type Language, type SiteSwitches } from '../../utils/storage';
import { optionsStrings } from '../../utils/strings/options';
import { kbText } from '../../data/text';

export interface SitesSectionProps {
  lang: Language;
  switches: SiteSwitches;
  onError: (error: unknown) => void;
}

interface SiteRow {
  domain: string;
  entity: Entity;
  haystack: string;
}

const ROWS: readonly SiteRow[] = entities
  .flatMap((entity) =>
    entity.domains.map((domain) => ({
      domain,
      entity,
      haystack: [domain, entity.name.en, entity.name.zh, ...entity.aliases]
        .join('\n')
        .toLowerCase(),
    })),
  )
  .sort((a, b) => a.domain.localeCompare(b.domain));

export function SitesSection({ lang, switches, onError }: SitesSectionProps) {
  const t = optionsStrings[lang];
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const shown = useMemo(() => ROWS.filter((row) => !q || row.haystack.includes(q)), [q]);
  const groups: [string, string, SiteRow[]][] = [
    ['sites', t.sitesGroup, shown.filter((row) => row.entity.kind !== 'news')],
    ['news', t.newsGroup, shown.filter((row) => row.entity.kind === 'news')],
  ];
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t.sitesHeading}</h2>
      <p>{t.sitesIntro}</p>
      <input
        type="search"
        name="site-search"
        aria-label={t.sitesSearch}
        placeholder={t.sitesSearch}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {shown.length === 0 && <p>{t.noSites}</p>}
      {groups.map(([id, label, rows]) =>
        rows.length === 0 ? null : (
          <div key={id} class="site-group">
            <h3>{label}</h3>
            <ul class="site-list">
              {rows.map((row) => (
                <li key={row.domain}>
                  <label class="row">
                    <input
                      type="checkbox"
                      role="switch"
                      data-site={row.domain}
                      checked={switches[row.domain] !== false}
                      onChange={(event) =>
                        void setSiteEnabled(row.domain, event.currentTarget.checked).catch(onError)
                      }
                    />
                    <span>
                      {kbText(row.entity.name, lang)} <span class="domain">{row.domain}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
