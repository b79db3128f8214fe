/**
 * What Hutong knows about the current tab's site, its hint switch and the side panel button.
 * The switch writes storage only: the open page's content script watches storage and follows.
 */
import { useState } from 'preact/hooks';
import { entities, events, meta } from '../../data';
import { formatPartialDate } from '../../lib/kb/dates';
import { patternForDomain } from '../../lib/kb/matchPatterns';
import { createSiteIndex } from '../../lib/kb/siteIndex';
import { newestConfirmedDate } from '../../lib/kb/status';
import { fill } from '../../lib/platform/i18n/i18n';
import { openPanelAnywhere } from '../../lib/panel/open';
import type { Language } from '../../data/schema';
import { setSiteEnabled } from '../../lib/platform/storage/sites';
import { common } from '../../lib/platform/i18n/strings/common';
import { popupStrings } from '../../lib/platform/i18n/strings/popup';
import { useSettings } from '../common/useSettings';
import { SiteAccess } from './SiteAccess';
import { StatusChips } from './StatusChips';
import type { CurrentTab } from './useCurrentTab';
import { useSiteSwitches } from '../common/useSiteSwitches';
import { kbText } from '../../data/text';

const siteIndex = createSiteIndex(entities);
const newestFact = newestConfirmedDate(events);

/** How fresh the statuses are: the newest confirmed fact, and when the data was last checked. */
function Freshness({ lang }: { lang: Language }) {
  if (!newestFact) return null;
  return (
    <p class="freshness note" data-meta="freshness">
      {fill(popupStrings[lang].freshness, {
        date: formatPartialDate(newestFact, lang),
        checked: formatPartialDate(meta.asOf, lang),
      })}
    </p>
  );
}

export interface SiteCardProps {
  lang: Language;
  tab: CurrentTab | undefined;
  windowId: number | undefined;
}

export function errorText(error: unknown, lang: Language): string {
  const text = String(error);
  return /quota/i.test(text) ? popupStrings[lang].quota : text;
}

export function SiteCard({ lang, tab, windowId }: SiteCardProps) {
  const t = popupStrings[lang];
  const settings = useSettings();
  const switches = useSiteSwitches();
  const [error, setError] = useState('');
  const match = tab ? siteIndex.lookup(tab.url) : undefined;

  const openPanel = (
    <button
      type="button"
      class="primary"
      data-action="open-panel"
      onClick={() => {
        // Synchronous in the click: the browser allows opening the panel only in the gesture.
        openPanelAnywhere(
          { windowId: windowId ?? tab?.windowId },
          match ? { entity: match.entity.id } : undefined,
        ).catch((reason: unknown) =>
          setError(fill(t.panelFailed, { reason: errorText(reason, lang) })),
        );
      }}
    >
      {common[lang].openPanel}
    </button>
  );

  if (tab === undefined) return <p class="loading">{t.loading}</p>;
  if (!match) {
    return (
      <section class="site" aria-label={t.siteHeading} data-state="no-entry">
        <p class="no-entry">{common[lang].noEntry}</p>
        <Freshness lang={lang} />
        {openPanel}
        {error && <p role="alert">{error}</p>}
      </section>
    );
  }
  const { entity, domain } = match;
  const on = switches?.[domain] !== false;
  const line = kbText(entity.hint ?? entity.description, lang);
  return (
    <section class="site" aria-labelledby="site-name" data-state="entry" data-site={domain}>
      <h2 id="site-name">{kbText(entity.name, lang)}</h2>
      <p class="line">{line}</p>
      <StatusChips entityId={entity.id} lang={lang} />
      <Freshness lang={lang} />
      <SiteAccess pattern={patternForDomain(domain)} site={domain} lang={lang} />
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-action="site-switch"
          checked={on}
          disabled={switches === undefined}
          onChange={(event) => {
            const enabled = event.currentTarget.checked;
            setError('');
            setSiteEnabled(domain, enabled).catch((reason: unknown) =>
              setError(fill(t.saveFailed, { reason: errorText(reason, lang) })),
            );
          }}
        />
        <span>{fill(t.hintsOnSite, { site: domain })}</span>
      </label>
      {!settings.hintsEnabled && <p class="note">{t.hintsOffGlobally}</p>}
      {openPanel}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
