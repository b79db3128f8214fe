import type { Capability, CapabilityCategory } from '../../data/schema';
import { formatPartialDateShort } from '../../lib/kb/dates';
import { reportedStatus } from '../../lib/kb/status';
import { fill } from '../../lib/platform/i18n/i18n';
import { CATEGORIES } from '../../lib/kb/catalog';
import { categoryLabel } from './labels';
import { usePanel } from './PanelContext';
import { StatusBadge } from './StatusBadge';
import { kbText } from '../../data/text';

/**
 * Platforms (rows) by kind of interconnection (columns). Each cell lists the services that cross
 * over to that platform with the status last reported and its date; each leads to the event behind it.
 * Where the panel is narrower than the table reads well, each platform becomes a card listing its
 * kinds of interconnection (a container query in entrypoints/sidepanel/style.css); it stays one
 * table to assistive technology either way.
 */
export function InterconnectionMap() {
  const { kb, lang, t, showEvent } = usePanel();
  const platforms = [...new Set(kb.capabilities.map((cap) => cap.platform))];
  const cell = (platform: string, category: CapabilityCategory): Capability[] =>
    kb.capabilities.filter((cap) => cap.platform === platform && cap.category === category);
  const name = (id: string) => {
    const entity = kb.entity(id);
    return entity ? kbText(entity.name, lang) : id;
  };
  return (
    <section id="map" aria-labelledby="map-heading">
      <h2 id="map-heading">{t.map}</h2>
      <p class="muted">{t.mapIntro}</p>
      <div class="map-scroll">
        <table class="map">
          <thead>
            <tr>
              <th scope="col">{t.mapPlatform}</th>
              {CATEGORIES.map((category) => (
                <th scope="col" key={category}>
                  {categoryLabel(category, t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {platforms.map((platform) => (
              <tr key={platform} data-platform={platform}>
                <th scope="row">{name(platform)}</th>
                {CATEGORIES.map((category) => {
                  const caps = cell(platform, category);
                  return (
                    <td key={category} data-category={category}>
                      {/* Its column's name, shown only where the table reads as cards. */}
                      <span class="map-category" aria-hidden="true">
                        {categoryLabel(category, t)}
                      </span>
                      {caps.length === 0 ? (
                        <span class="empty-cell" aria-label={t.emptyCell}>
                          –
                        </span>
                      ) : (
                        caps.map((cap) => {
                          const now = reportedStatus(cap);
                          if (!now) return null;
                          const when = fill(
                            now.kind === 'since' ? t.statusSince : t.statusLastReported,
                            { date: formatPartialDateShort(now.date, lang) },
                          );
                          const status = {
                            blocked: t.statusBlocked,
                            partial: t.statusPartial,
                            available: t.statusAvailable,
                          }[now.status];
                          return (
                            <button
                              type="button"
                              key={cap.id}
                              class={`map-cell map-${now.status}`}
                              data-capability={cap.id}
                              data-event={now.event}
                              aria-label={fill(t.openEvent, {
                                name: kbText(cap.name, lang),
                                status,
                                since: when,
                              })}
                              onClick={() => showEvent(now.event)}
                            >
                              <span class="map-provider">{name(cap.provider)}</span>
                              <StatusBadge reported={now} />
                            </button>
                          );
                        })
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
