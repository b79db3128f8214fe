/**
 * Every covered site with its hint switch, searchable by entity name (both languages), alias or
 * domain, in the order of its name in the reader's language (lib/settings/siteRows.ts). One row and switch
 * per site as the reader knows it; the switch turns all its domains on or off together (the
 * hint's "Hide on this site" still switches off just the domain it is on, which turns this off).
 */
import { useMemo, useState } from 'preact/hooks';
import { entities } from '../../data';
import { rowEnabled, siteRows, sortByName, type SiteRow } from '../../lib/settings/siteRows';
import type { Language } from '../../data/schema';
import { setSiteEnabled, type SiteSwitches } from '../../lib/platform/storage/sites';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';
import { kbText } from '../../data/text';
import { foldHant } from '../../lib/kb/hantFold';

export interface SitesSectionProps {
  lang: Language;
  switches: SiteSwitches;
  onError: (error: unknown) => void;
}

const ROWS: readonly SiteRow[] = siteRows(entities);

export function SitesSection({ lang, switches, onError }: SitesSectionProps) {
  const t = optionsStrings[lang];
  const [query, setQuery] = useState('');
  // 菜鳥 finds 菜鸟: the query is folded to Simplified, as the side panel's search does.
  const q = foldHant(query.trim().toLowerCase());
  const sorted = useMemo(() => sortByName(ROWS, lang), [lang]);
  const shown = useMemo(() => sorted.filter((row) => !q || row.haystack.includes(q)), [sorted, q]);
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
                <li key={row.entity.id} data-entity={row.entity.id}>
                  <label class="row">
                    <input
                      type="checkbox"
                      role="switch"
                      data-site={row.domains[0]}
                      data-sites={row.domains.join(' ')}
                      checked={rowEnabled(row, switches)}
                      onChange={(event) => {
                        const enabled = event.currentTarget.checked;
                        // One site to the reader, so one switch for all its domains.
                        void Promise.all(
                          row.domains.map((domain) => setSiteEnabled(domain, enabled)),
                        ).catch(onError);
                      }}
                    />
                    <span>
                      {kbText(row.entity.name, lang)}{' '}
                      <span class="domain">{row.domains.join(' · ')}</span>
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
