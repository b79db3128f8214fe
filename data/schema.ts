/**
 * The knowledge base's schema. The JSON files next to this one are validated against it in
 * tests/unit/data/data.test.ts, and every TypeScript type for bundled data is derived from it, so the
 * types cannot drift from what the validator accepts.
 *
 * Dates are strings whose shape carries their precision (docs/KNOWLEDGE-BASE.md, "Dates keep their
 * precision"): "2017" is a year, "2017-06" a month, "2017-06-01" a day. A range is a DateSpan with an
 * `end`. Nothing is ever padded to a day it was not reported at.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));

/** A date at its own precision: YYYY, YYYY-MM or YYYY-MM-DD. Calendar validity is checked in tests. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD'),
);

/**
 * The languages the knowledge base's text is read in (data/text.ts), and so the UI's: English,
 * Simplified Chinese ('zh', as written in the files) and Traditional Chinese ('zh-Hant', generated
 * from 'zh' at build time).
 */
export type Language = 'en' | 'zh' | 'zh-Hant';

/** Text in both languages. Neither may be empty. */
export const Bilingual = v.strictObject({
  en: v.pipe(v.string(), v.nonEmpty()),
  zh: v.pipe(v.string(), v.nonEmpty()),
});

export const DateSpan = v.strictObject({
  start: PartialDate,
  /** Present only for ranges; same or coarser precision is fine ("2017-03" to "2017-05"). */
  end: v.optional(PartialDate),
  /** A time of day as reported ("00:00"), only where a party or source states one. */
  time: v.optional(v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/))),
  /** Why the date has the precision it has, or what is uncertain about it. */
  note: v.optional(Bilingual),
});

export const EntityKind = v.picklist([
  'company',
  'platform',
  'service',
  'product',
  'regulator',
  'news',
]);

export const Entity = v.strictObject({
  id: Id,
  kind: EntityKind,
  name: Bilingual,
  /** Other names people search or write: pinyin, English forms, old names, Chinese short forms. */
  aliases: v.array(v.pipe(v.string(), v.nonEmpty())),
  parent: v.optional(Id),
  description: Bilingual,
  /** The entity's part in the story, shown in the side panel's "This site". */
  role: v.optional(Bilingual),
  /** One line shown by the in-page hint on this entity's sites. Required for entities with domains. */
  hint: v.optional(Bilingual),
  /** Events the hint line refers to, most relevant first. */
  hintEvents: v.optional(v.array(Id)),
  /** Registrable domains or host names the entity really owns (lower case, no scheme, no dot at the ends). */
  domains: v.array(
    v.pipe(v.string(), v.regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'a lower-case host name')),
  ),
});

export const Era = v.picklist(['background', 'dispute-2017', 'interconnection', 'reports-2025']);
export const Confidence = v.picklist(['high', 'medium', 'low']);

export const Source = v.strictObject({
  id: Id,
  /** The original publisher, never a mirror ("Reuters", "南方都市报"). */
  publisher: v.pipe(v.string(), v.nonEmpty()),
  /** Entity id of the publisher when it is an outlet in entities.json. */
  publisherEntity: v.optional(Id),
  /** The headline as published, or (titleKind "description") what the piece is about. */
  title: v.pipe(v.string(), v.nonEmpty()),
  /**
   * "headline": the title is the headline as the publisher printed it, seen on a stored copy.
   * "description": the headline could not be confirmed, so the title only says what the piece is
   * about; the panel says so next to it.
   */
  titleKind: v.picklist(['headline', 'description']),
  date: PartialDate,
  lang: v.picklist(['en', 'zh', 'ja']),
  /** Only where it is the publisher's own site (https). Without one the panel says there is no link. */
  url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
});

export const Claim = v.strictObject({
  /** Entity id of the party making the claim. */
  party: Id,
  text: Bilingual,
});

export const Event = v.strictObject({
  id: Id,
  /** The fact sheet entry this comes from ("B5"), for editors. */
  ref: v.pipe(v.string(), v.regex(/^[A-H]\d{1,2}$/)),
  date: DateSpan,
  era: Era,
  title: Bilingual,
  summary: Bilingual,
  /** Conflicting accounts, each attributed to its party, shown side by side. */
  claims: v.optional(v.pipe(v.array(Claim), v.minLength(2))),
  entities: v.pipe(v.array(Id), v.minLength(1)),
  sources: v.pipe(v.array(Id), v.minLength(1)),
  confidence: Confidence,
  /** Unconfirmed reports (the 2025 items, press reports not yet borne out). */
  report: v.optional(v.boolean()),
  /**
   * An event reported to have come after this one although their dates overlap (a late-evening
   * statement answering a cut the same day; "late October" after 16 October). Orders the timeline.
   */
  after: v.optional(Id),
  /**
   * Platforms (entity ids) where the event reports the crossing-over still missing for some
   * stores, users or products. A capability on such a platform cannot be "available" on this event.
   */
  stillMissingOn: v.optional(v.array(Id)),
});

export const CapabilityStatus = v.picklist(['blocked', 'partial', 'available']);
export const CapabilityCategory = v.picklist(['payments', 'logistics', 'links', 'ads']);

export const Capability = v.strictObject({
  id: Id,
  category: CapabilityCategory,
  name: Bilingual,
  /** Whose service crosses over (WeChat Pay). */
  provider: Id,
  /** Where it crosses over to (Taobao). */
  platform: Id,
  /**
   * Reported statuses, oldest first, each citing the event that reported it. The last one is the
   * status last reported, not a claim about today: the UI dates it ("Available · since 27 Sep
   * 2024", "Partial · last reported Jan 2025"). A status nobody reported is left out.
   */
  timeline: v.pipe(
    v.array(
      v.strictObject({
        status: CapabilityStatus,
        since: PartialDate,
        event: Id,
      }),
    ),
    v.minLength(1),
  ),
});

export const Meta = v.strictObject({
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
  /** The day the knowledge base was last checked against its sources ("last checked"). */
  asOf: v.pipe(v.string(), v.isoDate()),
});

export const EntitiesFile = v.array(Entity);
export const EventsFile = v.array(Event);
export const SourcesFile = v.array(Source);
export const CapabilitiesFile = v.array(Capability);

export type Bilingual = v.InferOutput<typeof Bilingual>;

export type DateSpan = v.InferOutput<typeof DateSpan>;
export type Entity = v.InferOutput<typeof Entity>;
export type EntityKind = v.InferOutput<typeof EntityKind>;
export type Era = v.InferOutput<typeof Era>;
export type Confidence = v.InferOutput<typeof Confidence>;
export type Source = v.InferOutput<typeof Source>;
export type Claim = v.InferOutput<typeof Claim>;
export type Event = v.InferOutput<typeof Event>;
export type Capability = v.InferOutput<typeof Capability>;
export type CapabilityStatus = v.InferOutput<typeof CapabilityStatus>;
export type CapabilityCategory = v.InferOutput<typeof CapabilityCategory>;
export type Meta = v.InferOutput<typeof Meta>;
