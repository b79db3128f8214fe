/** Which events the timeline shows for the current filters, grouped by era. Pure, for tests. */
import type { Entity, Event } from '../../data/schema';
import type { Era } from '../../data/schema';
import { ERAS, type Kb } from '../../lib/kb/catalog';
import type { TimelineFilters } from './PanelContext';

export interface EraGroup {
  era: Era;
  events: Event[];
}

export interface TimelineView {
  groups: EraGroup[];
  count: number;
  /** Entities the query matches by name or alias, best first (only while searching). */
  entityHits: Entity[];
  /**
   * While searching: the matching events, best match first (lib/kb/search.ts ranks whole phrases and
   * whole words above the rest), instead of timeline order. Undefined when not searching.
   */
  ranked?: Event[];
}

/** Events (already in timeline order) by era, eras in story order, empty eras left out. */
export function groupByEra(events: readonly Event[]): EraGroup[] {
  return ERAS.map((era) => ({ era, events: events.filter((event) => event.era === era) })).filter(
    (group) => group.events.length > 0,
  );
}

export function timelineView(kb: Kb, filters: TimelineFilters): TimelineView {
  let matches: Map<string, number> | undefined;
  const entityHits: Entity[] = [];
  if (filters.query.trim() !== '') {
    matches = new Map();
    for (const hit of kb.search().search(filters.query, { limit: 200 })) {
      if (hit.kind === 'event') matches.set(hit.id, matches.size);
      else if (entityHits.length < 8) {
        const entity = kb.entity(hit.id);
        if (entity) entityHits.push(entity);
      }
    }
  }
  const groups: EraGroup[] = ERAS.map((era) => ({ era, events: [] }));
  const found: Event[] = [];
  for (const event of kb.events) {
    if (filters.era !== '' && event.era !== filters.era) continue;
    if (filters.entity !== '' && !event.entities.includes(filters.entity)) continue;
    if (matches && !matches.has(event.id)) continue;
    groups.find((group) => group.era === event.era)?.events.push(event);
    found.push(event);
  }
  const view: TimelineView = {
    groups: groups.filter((group) => group.events.length > 0),
    count: found.length,
    entityHits,
  };
  if (matches === undefined) return view;
  const rank = matches;
  return {
    ...view,
    ranked: found.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)),
  };
}

/** Whether the filters let the event through (used before focusing an event). */
export function isVisible(kb: Kb, filters: TimelineFilters, id: string): boolean {
  return timelineView(kb, filters).groups.some((group) => group.events.some((e) => e.id === id));
}
