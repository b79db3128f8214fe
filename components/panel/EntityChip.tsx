import { fill } from '../../lib/platform/i18n/i18n';
import { usePanel } from './PanelContext';
import { kbText } from '../../data/text';

export interface EntityChipProps {
  id: string;
  /** Whether the timeline is filtered to this entity. */
  active: boolean;
}

/** An entity's name as a button that filters the timeline to that entity's events. */
export function EntityChip({ id, active }: EntityChipProps) {
  const { kb, lang, t, setFilters } = usePanel();
  const entity = kb.entity(id);
  if (!entity) return null;
  const name = kbText(entity.name, lang);
  return (
    <button
      type="button"
      class="chip"
      data-entity={id}
      aria-pressed={active}
      title={fill(t.filterBy, { name })}
      onClick={() => setFilters({ entity: active ? '' : id })}
    >
      {name}
    </button>
  );
}
