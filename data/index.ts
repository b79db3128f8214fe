/**
 * Typed access to the bundled knowledge base. The JSON files are validated against ./schema.ts in
 * tests/unit/data/data.test.ts; the casts below are only sound because that test passes.
 */
import type { Capability, Entity, Event, Meta, Source } from './schema';
import entitiesJson from './entities.json';
import eventsJson from './events.json';
import sourcesJson from './sources.json';
import capabilitiesJson from './capabilities.json';
import metaJson from './meta.json';

export const entities = entitiesJson as readonly Entity[];
export const events = eventsJson as readonly Event[];
export const sources = sourcesJson as readonly Source[];
export const capabilities = capabilitiesJson as readonly Capability[];
export const meta = metaJson as Meta;

export type { Bilingual, Capability, Entity, Event, Meta, Source } from './schema';
