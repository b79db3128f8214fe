import type { Era } from '../../data/schema';
import { ERAS } from '../../lib/kb/catalog';
import { eraLabel } from './labels';
import { NO_FILTERS, usePanel, useTimelineState } from './PanelContext';
import { kbText } from '../../data/text';

/** Search box and the entity and era filters above the timeline. */
export function TimelineFilters() {
  const { kb, lang, t, setFilters } = usePanel();
  const { filters } = useTimelineState();
  const filtered = filters.query !== '' || filters.entity !== '' || filters.era !== '';
  return (
    <div class="filters" role="search">
      <div class="field field-search">
        <label for="panel-search">{t.search}</label>
        <input
          id="panel-search"
          type="search"
          data-action="search"
          autocomplete="off"
          spellcheck={false}
          placeholder={t.searchPlaceholder}
          value={filters.query}
          onInput={(event) => setFilters({ query: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="panel-entity">{t.filterEntity}</label>
        <select
          id="panel-entity"
          data-action="filter-entity"
          value={filters.entity}
          onChange={(event) => setFilters({ entity: event.currentTarget.value })}
        >
          <option value="">{t.all}</option>
          {kb.eventEntities.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {kbText(entity.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="panel-era">{t.filterEra}</label>
        <select
          id="panel-era"
          data-action="filter-era"
          value={filters.era}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setFilters({ era: (ERAS as readonly string[]).includes(value) ? (value as Era) : '' });
          }}
        >
          <option value="">{t.all}</option>
          {ERAS.map((era) => (
            <option key={era} value={era}>
              {eraLabel(era, t)}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <button type="button" class="link-button" onClick={() => setFilters(NO_FILTERS)}>
          {t.clearFilters}
        </button>
      )}
    </div>
  );
}
