import { EntityChip } from './EntityChip';
import { memo } from './memo';

export interface EntityChipsProps {
  ids: readonly string[];
  /** The entity the timeline is filtered to ('' for none). */
  active: string;
}

function EntityChipsView({ ids, active }: EntityChipsProps) {
  return (
    <div class="chips">
      {ids.map((id) => (
        <EntityChip key={id} id={id} active={id === active} />
      ))}
    </div>
  );
}

/** An event's entity chips; they change with the entity filter, not with each keystroke. */
export const EntityChips = memo(EntityChipsView);
