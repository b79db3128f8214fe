/**
 * The knowledge base as the side panel reads it: lookups by id and the timeline's order, built
 * once when the module loads. The search index is built on the first search, not at start-up, so
 * it costs nothing on the way to first paint.
 */
import { capabilities, entities, events, meta, sources } from '../../data';
import type { Capability, Entity, Event, Source } from '../../data';
import type { CapabilityCategory, Era } from '../../data/schema';
import { orderEvents } from './dates';
import { createSearchIndex, type SearchIndex } from './search';
import { newestConfirmedDate } from './status';

export const ERAS: readonly Era[] = [
  'background',
  'dispute-2017',
  'interconnection',
  'reports-2025',
];
export const CATEGORIES: readonly CapabilityCategory[] = ['payments', 'logistics', 'links', 'ads'];

export interface Kb {
  entities: readonly Entity[];
  /** Oldest first. */
  events: readonly Event[];
  capabilities: readonly Capability[];
  sourceCount: number;
  version: string;
  /** The day the data was last checked against its sources. */
  asOf: string;
  /** The date of the newest confirmed fact (lib/kb/status.ts), at its precision. */
  newestFact: string | undefined;
  entity(id: string): Entity | undefined;
  event(id: string): Event | undefined;
  source(id: string): Source | undefined;
  /** Capabilities whose provider or platform is the entity. */
  capabilitiesOf(entityId: string): Capability[];
  /** Entities that appear in at least one event, by English name (the filter's choices). */
  eventEntities: readonly Entity[];
  search(): SearchIndex;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function createKb(data: {
  entities: readonly Entity[];
  events: readonly Event[];
  sources: readonly Source[];
  capabilities: readonly Capability[];
  meta: { version: string; asOf: string };
}): Kb {
  const entityMap = byId(data.entities);
  const eventMap = byId(data.events);
  const sourceMap = byId(data.sources);
  const sorted = orderEvents(data.events);
  const inEvents = new Set(data.events.flatMap((event) => event.entities));
  let index: SearchIndex | undefined;
  return {
    entities: data.entities,
    events: sorted,
    capabilities: data.capabilities,
    sourceCount: data.sources.length,
    version: data.meta.version,
    asOf: data.meta.asOf,
    newestFact: newestConfirmedDate(data.events),
    entity: (id) => entityMap.get(id),
    event: (id) => eventMap.get(id),
    source: (id) => sourceMap.get(id),
    capabilitiesOf: (id) =>
      data.capabilities.filter((cap) => cap.provider === id || cap.platform === id),
    eventEntities: data.entities
      .filter((entity) => inEvents.has(entity.id))
      .sort((a, b) => a.name.en.localeCompare(b.name.en)),
    search: () => {
      index ??= createSearchIndex({ entities: data.entities, events: data.events });
      return index;
    },
  };
}

export const kb: Kb = createKb({ entities, events, sources, capabilities, meta });
