/**
 * The search index's documents: each event and entity as a list of folded fields laid end to end
 * in one string (lib/kb/search.ts scores them).
 */
import type { Entity, Event } from '../../data/schema';
import { foldForSearch } from './searchText';

export type FieldKind = 'name' | 'alias' | 'title' | 'summary' | 'claim' | 'role' | 'date';

/** Field names reported in SearchHit.field; the index in this list is the field's bonus group. */
export const FIELD_NAMES = [
  'name.en',
  'name.zh',
  'aliases',
  'description.en',
  'description.zh',
  'role.en',
  'role.zh',
  'title.en',
  'title.zh',
  'summary.en',
  'summary.zh',
  'claims.en',
  'claims.zh',
  'date',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface Field {
  name: FieldName;
  /** Bit of FIELD_NAMES: several aliases or claims count as one field for the bonus. */
  group: number;
  kind: FieldKind;
  text: string;
  /** Names and aliases without spaces, hyphens and dots; undefined where it equals `text`. */
  compact?: string;
}

export interface Doc {
  kind: 'event' | 'entity';
  id: string;
  /** Event start date, for ordering ties; '' for entities. */
  date: string;
  fields: Field[];
  /**
   * Every field's text (and compact form) joined by newlines. Terms never contain white space, so
   * a term found in the blob lies inside one segment, and segments map back to fields.
   */
  blob: string;
  segStart: number[];
  segEnd: number[];
  segField: number[];
}

export const SQUEEZE = /[\s\-‐-―·・.]/gu;

function field(name: FieldName, kind: FieldKind, text: string): Field {
  const folded = foldForSearch(text);
  const group = FIELD_NAMES.indexOf(name);
  const compact = kind === 'name' || kind === 'alias' ? folded.replace(SQUEEZE, '') : folded;
  return compact === folded
    ? { name, group, kind, text: folded }
    : { name, group, kind, text: folded, compact };
}

function doc(kind: Doc['kind'], id: string, date: string, fields: Field[]): Doc {
  let blob = '';
  const segStart: number[] = [];
  const segEnd: number[] = [];
  const segField: number[] = [];
  const add = (text: string, f: number) => {
    if (blob !== '') blob += '\n';
    segStart.push(blob.length);
    blob += text;
    segEnd.push(blob.length);
    segField.push(f);
  };
  fields.forEach((f, i) => {
    add(f.text, i);
    if (f.compact !== undefined) add(f.compact, i);
  });
  return { kind, id, date, fields, blob, segStart, segEnd, segField };
}

export function entityDoc(entity: Entity): Doc {
  return doc('entity', entity.id, '', [
    field('name.en', 'name', entity.name.en),
    field('name.zh', 'name', entity.name.zh),
    ...entity.aliases.map((alias) => field('aliases', 'alias', alias)),
    field('description.en', 'summary', entity.description.en),
    field('description.zh', 'summary', entity.description.zh),
    ...(entity.role
      ? [field('role.en', 'role', entity.role.en), field('role.zh', 'role', entity.role.zh)]
      : []),
  ]);
}

export function eventDoc(event: Event): Doc {
  return doc('event', event.id, event.date.start, [
    field('title.en', 'title', event.title.en),
    field('title.zh', 'title', event.title.zh),
    field('summary.en', 'summary', event.summary.en),
    field('summary.zh', 'summary', event.summary.zh),
    ...(event.claims ?? []).flatMap((claim) => [
      field('claims.en', 'claim', claim.text.en),
      field('claims.zh', 'claim', claim.text.zh),
    ]),
    field('date', 'date', event.date.start),
    ...(event.date.end ? [field('date', 'date', event.date.end)] : []),
  ]);
}
