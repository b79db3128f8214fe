import { createSiteIndex } from '../../lib/kb/siteIndex';
import { reportedStatus } from '../../lib/kb/status';
import { kindLabel } from './labels';
import { usePanel } from './PanelContext';
import { StatusBadge } from './StatusBadge';
import { kbText } from '../../data/text';

export interface ThisSiteProps {
  loaded: boolean;
  /** The described tab's address; undefined for pages Hutong does not cover (or cannot see). */
  url?: string;
}

let siteIndex: ReturnType<typeof createSiteIndex> | undefined;

/** The entity of the site in front of the user: who it is, its part in the story, its statuses as last reported. */
export function ThisSite({ loaded, url }: ThisSiteProps) {
  const { kb, lang, t, setFilters } = usePanel();
  siteIndex ??= createSiteIndex(kb.entities);
  const entity = siteIndex.lookup(url)?.entity;
  const other = lang === 'en' ? 'zh' : 'en';
  const parent = entity?.parent ? kb.entity(entity.parent) : undefined;
  const caps = entity ? kb.capabilitiesOf(entity.id) : [];
  return (
    <section id="this-site" aria-labelledby="this-site-heading" aria-busy={!loaded}>
      <h2 id="this-site-heading">{t.thisSite}</h2>
      {!loaded ? null : !entity ? (
        <div class="no-entry" data-entity="">
          <p class="no-entry-title">{t.noEntry}</p>
          <p class="muted">{t.noEntryDetail}</p>
        </div>
      ) : (
        <div class="site-entity" data-entity={entity.id}>
          <h3 class="entity-name">{kbText(entity.name, lang)}</h3>
          <p class="entity-other-name">
            <span class="muted">{lang === 'en' ? t.alsoKnownAs : t.alsoKnownAsZh}: </span>
            <span lang={other === 'zh' ? 'zh-CN' : 'en'}>{entity.name[other]}</span>
          </p>
          <dl class="facts">
            <dt>{t.kind}</dt>
            <dd>{kindLabel(entity.kind, t)}</dd>
            {parent && (
              <>
                <dt>{t.parent}</dt>
                <dd data-parent={parent.id}>{kbText(parent.name, lang)}</dd>
              </>
            )}
          </dl>
          <p>{kbText(entity.description, lang)}</p>
          {entity.role && (
            <>
              <h4>{t.role}</h4>
              <p>{kbText(entity.role, lang)}</p>
            </>
          )}
          <h4>{t.capabilities}</h4>
          {caps.length === 0 ? (
            <p class="muted">{t.noCapabilities}</p>
          ) : (
            <ul class="site-caps">
              {caps.map((cap) => {
                const now = reportedStatus(cap);
                return (
                  <li key={cap.id} data-capability={cap.id}>
                    <span class="cap-name">{kbText(cap.name, lang)}</span>{' '}
                    {now && <StatusBadge reported={now} />}
                  </li>
                );
              })}
            </ul>
          )}
          <button
            type="button"
            class="link-button"
            data-action="site-events"
            onClick={() => {
              setFilters({ entity: entity.id, era: '', query: '' });
              document.getElementById('timeline-heading')?.focus();
            }}
          >
            {t.showEvents}
          </button>
        </div>
      )}
    </section>
  );
}
