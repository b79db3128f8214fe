/**
 * The Traditional knowledge base, matched up with the bundled Bilingual objects. Its own chunk:
 * data/text.ts imports it only when a reader of Traditional needs it.
 */
import hantTexts from './generated/hant.kb.json';
import { bilingualTexts } from './bilingual';
import { capabilities, entities, events, sources } from './index';
import type { Bilingual } from './schema';

export function traditionalTexts(): WeakMap<Bilingual, string> {
  const list = hantTexts as readonly string[];
  return new WeakMap(
    bilingualTexts({ entities, events, sources, capabilities }).map((b, i) => [b, list[i] ?? b.zh]),
  );
}
