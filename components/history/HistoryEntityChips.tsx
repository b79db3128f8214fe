import { entities } from '../../data';
import type { Entity } from '../../data/schema';
import type { Language } from '../../data/schema';
import { kbText } from '../../data/text';

const byId: ReadonlyMap<string, Entity> = new Map(entities.map((entity) => [entity.id, entity]));

export function entityName(id: string, lang: Language): string {
  const entity = byId.get(id);
  return entity ? kbText(entity.name, lang) : id;
}

export interface HistoryEntityChipsProps {
  ids: readonly string[];
  lang: Language;
}

/** Names of the entities a page was about; ids no longer in the knowledge base show as ids. */
export function HistoryEntityChips({ ids, lang }: HistoryEntityChipsProps) {
  if (ids.length === 0) return null;
  return (
    <ul class="chips">
      {ids.map((id) => (
        <li key={id} class="chip">
          {entityName(id, lang)}
        </li>
      ))}
    </ul>
  );
}
