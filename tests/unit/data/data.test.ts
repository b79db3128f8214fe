/**
 * Validates the bundled knowledge base (data/*.json) against data/schema.ts and the editorial
 * rules in docs/KNOWLEDGE-BASE.md: unique ids, references that resolve, dates valid at their
 * precision, events sorted, every record used, domains owned once, URLs only on the publisher's
 * own site, and canonical formatting.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  CapabilitiesFile,
  EntitiesFile,
  EventsFile,
  Meta,
  SourcesFile,
  type Capability,
  type Entity,
  type Event,
} from '../../../data/schema';
import { orderEvents } from '../../../lib/kb/dates';

const FILES = [
  'entities.json',
  'events.json',
  'sources.json',
  'capabilities.json',
  'meta.json',
] as const;

/** Vitest runs from the project root (vitest.config.ts), so data/ is resolved from there. */
function readText(file: string): string {
  return readFileSync(resolve(process.cwd(), 'data', file), 'utf8');
}

function readJson(file: string): unknown {
  return JSON.parse(readText(file));
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
      return `${path || '(root)'}: ${issue.message}`;
    })
    .join('\n');
}

/** Parses with valibot; on failure the thrown message lists every issue with its path. */
function parseOrThrow<const S extends v.GenericSchema>(schema: S, data: unknown, label: string) {
  const result = v.safeParse(schema, data);
  if (!result.success) {
    throw new Error(`${label} does not match the schema:\n${describeIssues(result.issues)}`);
  }
  return result.output as v.InferOutput<S>;
}

// Parse once up front so the rule tests below work on typed data. If the schema test fails, the
// rest fail too, with the schema issues in the message.
function load() {
  return {
    entities: parseOrThrow(EntitiesFile, readJson('entities.json'), 'entities.json'),
    events: parseOrThrow(EventsFile, readJson('events.json'), 'events.json'),
    sources: parseOrThrow(SourcesFile, readJson('sources.json'), 'sources.json'),
    capabilities: parseOrThrow(
      CapabilitiesFile,
      readJson('capabilities.json'),
      'capabilities.json',
    ),
    meta: parseOrThrow(Meta, readJson('meta.json'), 'meta.json'),
  };
}

let data: ReturnType<typeof load> | undefined;
function kb(): ReturnType<typeof load> {
  data ??= load();
  return data;
}

/** The first and last calendar day a partial date covers, as YYYY-MM-DD; null if invalid. */
function dayBounds(date: string): { first: string; last: string } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const monthText = match[2];
  const dayText = match[3];
  const pad = (n: number) => String(n).padStart(2, '0');
  const daysIn = (month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (monthText === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  if (dayText === undefined) {
    return {
      first: `${year}-${pad(month)}-01`,
      last: `${year}-${pad(month)}-${pad(daysIn(month))}`,
    };
  }
  const day = Number(dayText);
  if (day < 1 || day > daysIn(month)) return null;
  return { first: date, last: date };
}

function isValidTime(time: string): boolean {
  const [h, m] = time.split(':').map(Number);
  return h !== undefined && m !== undefined && h >= 0 && h <= 23 && m >= 0 && m <= 59;
}

/** Research entries (an event's `ref`) rated Low, Low–Medium or Medium–Low when they were researched. */
const LOW_CONFIDENCE_REFS = new Set(['C8', 'D1', 'D2']);

/** Hosts of mirrors, reposts and aggregators that must never be cited by URL. */
const MIRROR_HOSTS = [
  'llaiot.com',
  '3ban.cc',
  'information.bz',
  'logomoney.com',
  'laitimes.com',
  'solondais.fr',
  'blogspot.com',
  'futunn.com',
  'scribd.com',
  'ducksell.com',
  'shoujike.com.cn',
  'curatechina.com',
  'ecns.cn',
  'yingyuw.cn',
  'orobotics.cn',
];

function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

describe('knowledge base files', () => {
  it.each(FILES)(
    '%s is canonically formatted (JSON.stringify with 2 spaces and a final newline)',
    (file) => {
      const text = readText(file);
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    },
  );

  it('entities.json matches the schema', () => {
    expect(() =>
      parseOrThrow(EntitiesFile, readJson('entities.json'), 'entities.json'),
    ).not.toThrow();
  });
  it('events.json matches the schema', () => {
    expect(() => parseOrThrow(EventsFile, readJson('events.json'), 'events.json')).not.toThrow();
  });
  it('sources.json matches the schema', () => {
    expect(() => parseOrThrow(SourcesFile, readJson('sources.json'), 'sources.json')).not.toThrow();
  });
  it('capabilities.json matches the schema', () => {
    expect(() =>
      parseOrThrow(CapabilitiesFile, readJson('capabilities.json'), 'capabilities.json'),
    ).not.toThrow();
  });
  it('meta.json matches the schema and states when the data is current to', () => {
    const meta = parseOrThrow(Meta, readJson('meta.json'), 'meta.json');
    expect(dayBounds(meta.asOf)).not.toBeNull();
  });
});

describe('ids', () => {
  it.each(['entities', 'events', 'sources', 'capabilities'] as const)(
    '%s ids are unique',
    (kind) => {
      const ids = kb()[kind].map((record) => record.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(duplicates).toEqual([]);
    },
  );

  it('entity and event ids do not collide (both appear in the same id lists in the UI)', () => {
    const entityIds = new Set(kb().entities.map((e) => e.id));
    expect(
      kb()
        .events.filter((e) => entityIds.has(e.id))
        .map((e) => e.id),
    ).toEqual([]);
  });
});

describe('references resolve', () => {
  const entityIds = () => new Set(kb().entities.map((e) => e.id));
  const eventIds = () => new Set(kb().events.map((e) => e.id));
  const sourceIds = () => new Set(kb().sources.map((s) => s.id));

  it('entity parents exist and are not the entity itself', () => {
    const ids = entityIds();
    const bad = kb()
      .entities.filter((e) => e.parent !== undefined && (!ids.has(e.parent) || e.parent === e.id))
      .map((e) => `${e.id} -> ${e.parent}`);
    expect(bad).toEqual([]);
  });

  it('entity parent chains have no cycles', () => {
    const byId = new Map(kb().entities.map((e) => [e.id, e] as const));
    const cyclic: string[] = [];
    for (const entity of kb().entities) {
      const seen = new Set<string>();
      let current: Entity | undefined = entity;
      while (current?.parent !== undefined) {
        if (seen.has(current.id)) {
          cyclic.push(entity.id);
          break;
        }
        seen.add(current.id);
        current = byId.get(current.parent);
      }
    }
    expect(cyclic).toEqual([]);
  });

  it('hintEvents point at events', () => {
    const ids = eventIds();
    const bad = kb().entities.flatMap((e) =>
      (e.hintEvents ?? []).filter((id) => !ids.has(id)).map((id) => `${e.id} -> ${id}`),
    );
    expect(bad).toEqual([]);
  });

  it('event entities, sources and claim parties exist', () => {
    const entities = entityIds();
    const sources = sourceIds();
    const bad = kb().events.flatMap((event) => [
      ...event.entities.filter((id) => !entities.has(id)).map((id) => `${event.id} entity ${id}`),
      ...event.sources.filter((id) => !sources.has(id)).map((id) => `${event.id} source ${id}`),
      ...(event.claims ?? [])
        .filter((claim) => !entities.has(claim.party))
        .map((claim) => `${event.id} party ${claim.party}`),
    ]);
    expect(bad).toEqual([]);
  });

  it('claim parties are among the event entities', () => {
    const bad = kb().events.flatMap((event) =>
      (event.claims ?? [])
        .filter((claim) => !event.entities.includes(claim.party))
        .map((claim) => `${event.id} party ${claim.party}`),
    );
    expect(bad).toEqual([]);
  });

  it('capability providers, platforms and timeline events exist', () => {
    const entities = entityIds();
    const events = eventIds();
    const bad = kb().capabilities.flatMap((cap) => [
      ...[cap.provider, cap.platform]
        .filter((id) => !entities.has(id))
        .map((id) => `${cap.id} ${id}`),
      ...cap.timeline.filter((t) => !events.has(t.event)).map((t) => `${cap.id} event ${t.event}`),
    ]);
    expect(bad).toEqual([]);
  });

  it('source publisherEntity exists', () => {
    const entities = entityIds();
    const bad = kb()
      .sources.filter((s) => s.publisherEntity !== undefined && !entities.has(s.publisherEntity))
      .map((s) => `${s.id} -> ${s.publisherEntity}`);
    expect(bad).toEqual([]);
  });

  it('no event lists the same entity or source twice', () => {
    const bad = kb().events.filter(
      (e) =>
        new Set(e.entities).size !== e.entities.length ||
        new Set(e.sources).size !== e.sources.length,
    );
    expect(bad.map((e) => e.id)).toEqual([]);
  });
});

describe('entities', () => {
  it('every entity with a non-news domain has a hint and hint events', () => {
    const missing = kb()
      .entities.filter(
        (e) =>
          e.kind !== 'news' &&
          e.domains.length > 0 &&
          (e.hint === undefined || (e.hintEvents ?? []).length === 0),
      )
      .map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('hint lines stay short enough for one line in the page (English at most 140 characters)', () => {
    const long = kb()
      .entities.filter((e) => e.hint !== undefined && e.hint.en.length > 140)
      .map((e) => `${e.id} (${e.hint?.en.length})`);
    expect(long).toEqual([]);
  });

  it('hintEvents are listed only with a hint', () => {
    const bad = kb()
      .entities.filter((e) => e.hintEvents !== undefined && e.hint === undefined)
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('no domain is listed twice, within or across entities', () => {
    const domains = kb().entities.flatMap((e) => e.domains);
    expect(domains.filter((d, i) => domains.indexOf(d) !== i)).toEqual([]);
  });

  it('no entity claims a whole shared portal (qq.com) or a bare public suffix', () => {
    const domains = kb().entities.flatMap((e) => e.domains);
    expect(domains).not.toContain('qq.com');
    expect(domains.filter((d) => !d.includes('.'))).toEqual([]);
  });

  it('every entity is used (by an event, a capability, a source, a parent link, or its domains)', () => {
    const { entities, events, capabilities, sources } = kb();
    const used = new Set<string>([
      ...events.flatMap((e) => [...e.entities, ...(e.claims ?? []).map((c) => c.party)]),
      ...capabilities.flatMap((c) => [c.provider, c.platform]),
      ...sources.flatMap((s) => (s.publisherEntity ? [s.publisherEntity] : [])),
      ...entities.flatMap((e) => (e.parent ? [e.parent] : [])),
      ...entities.filter((e) => e.domains.length > 0).map((e) => e.id),
    ]);
    expect(entities.filter((e) => !used.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('news outlets are cited as publishers or read where readers meet the story (#13)', () => {
    const publishers = new Set(kb().sources.map((s) => s.publisherEntity));
    const unused = kb()
      .entities.filter((e) => e.kind === 'news' && !publishers.has(e.id) && e.domains.length === 0)
      .map((e) => e.id);
    expect(unused).toEqual([]);
  });
});

describe('events', () => {
  it.each(['start', 'end'] as const)(
    'every event %s date is a real date at its precision',
    (key) => {
      const bad = kb()
        .events.filter((e) => {
          const value = e.date[key];
          return value !== undefined && dayBounds(value) === null;
        })
        .map((e) => `${e.id}: ${e.date[key]}`);
      expect(bad).toEqual([]);
    },
  );

  it('every stated time of day is a real time', () => {
    const bad = kb()
      .events.filter((e) => e.date.time !== undefined && !isValidTime(e.date.time))
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('a stated time of day is always explained in a note (whose claim it is)', () => {
    const bad = kb()
      .events.filter((e) => e.date.time !== undefined && e.date.note === undefined)
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('ranges end on or after they start', () => {
    const bad = kb()
      .events.filter((e) => {
        if (e.date.end === undefined) return false;
        const start = dayBounds(e.date.start);
        const end = dayBounds(e.date.end);
        return (
          start === null || end === null || end.last < start.first || e.date.end === e.date.start
        );
      })
      .map((e) => `${e.id}: ${e.date.start}..${e.date.end}`);
    expect(bad).toEqual([]);
  });

  it('no event is dated after the as-of date', () => {
    const asOf = kb().meta.asOf;
    const bad = kb()
      .events.filter((e) => (dayBounds(e.date.start)?.first ?? '9999') > asOf)
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('events are in timeline order: by start date, after any event they are reported to follow, then by id', () => {
    const ids = kb().events.map((e) => e.id);
    expect(ids).toEqual(orderEvents(kb().events).map((e) => e.id));
  });

  it('an event is only said to follow one whose date overlaps its own, and never itself', () => {
    const byId = new Map(kb().events.map((e) => [e.id, e] as const));
    const bad = kb()
      .events.filter((e) => e.after !== undefined)
      .filter((e) => {
        const before = byId.get(e.after as string);
        if (!before || before.id === e.id) return true;
        const a = dayBounds(e.date.start);
        const b = dayBounds(before.date.start);
        const aEnd = dayBounds(e.date.end ?? e.date.start);
        const bEnd = dayBounds(before.date.end ?? before.date.start);
        if (!a || !b || !aEnd || !bEnd) return true;
        // Overlap: each starts no later than the other ends.
        return a.first > bEnd.last || b.first > aEnd.last;
      })
      .map((e) => `${e.id} after ${e.after}`);
    expect(bad).toEqual([]);
  });

  it.each([
    // The regulator's late-evening statement answered the cut made earlier that day.
    ['post-bureau-steps-in', 'sf-stops-taobao-tracking-data'],
    // Talks "over the coming month" followed the 3 June resumption.
    ['locker-talks-continue', 'data-sharing-resumes'],
    // "Late October 2024" comes after 16 October 2024.
    ['alipay-on-jd', 'jd-logistics-on-taobao-tmall'],
    ['cainiao-couriers-for-jd-merchants', 'jd-logistics-on-taobao-tmall'],
  ])('%s comes after %s in the timeline', (later, earlier) => {
    const ids = kb().events.map((e) => e.id);
    expect(ids.indexOf(earlier)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(later)).toBeGreaterThan(ids.indexOf(earlier));
  });

  it('an end date given to the day is explained in a note (no padded days)', () => {
    const bad = kb()
      .events.filter((e) => e.date.end !== undefined && e.date.end.length === 10 && !e.date.note)
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('low-confidence events are labelled as unconfirmed reports', () => {
    const bad = kb()
      .events.filter((e) => e.confidence === 'low' && e.report !== true)
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('stillMissingOn names entities that the event is about', () => {
    const bad = kb().events.flatMap((e) =>
      (e.stillMissingOn ?? [])
        .filter((id) => !e.entities.includes(id))
        .map((id) => `${e.id}: ${id}`),
    );
    expect(bad).toEqual([]);
  });

  it('every event cites at least one source and names at least one entity', () => {
    const bad = kb()
      .events.filter((e) => e.sources.length === 0 || e.entities.length === 0)
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('events in the 2025 reports era are labelled as reports', () => {
    const bad = kb()
      .events.filter((e) => e.era === 'reports-2025' && e.report !== true)
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('entries the fact sheet rates low are never marked high confidence', () => {
    const bad = kb()
      .events.filter((e) => LOW_CONFIDENCE_REFS.has(e.ref) && e.confidence === 'high')
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('eras follow the fact sheet parts (A background, B dispute, C interconnection, D 2025)', () => {
    const eraFor: Record<string, Event['era']> = {
      A: 'background',
      B: 'dispute-2017',
      C: 'interconnection',
      D: 'reports-2025',
    };
    const bad = kb()
      .events.filter((e) => eraFor[e.ref.charAt(0)] !== e.era)
      .map((e) => `${e.id} (${e.ref}, ${e.era})`);
    expect(bad).toEqual([]);
  });

  it.each(['B1', 'B3', 'B4', 'B5', 'B8'])(
    'contested entry %s carries claims from at least two different parties',
    (ref) => {
      const events = kb().events.filter((e) => e.ref === ref);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        const parties = new Set((event.claims ?? []).map((c) => c.party));
        expect(parties.size, event.id).toBeGreaterThanOrEqual(2);
      }
    },
  );
});

describe('sources', () => {
  it('no title is a bracketed description passing for a headline', () => {
    const bad = kb()
      .sources.filter((s) => /^\[.*\]$/.test(s.title.trim()))
      .map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it('every source says whether its title is the published headline or a description', () => {
    const bad = kb()
      .sources.filter((s) => s.titleKind !== 'headline' && s.titleKind !== 'description')
      .map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it('a description reads as one: it does not open like a quoted headline', () => {
    const bad = kb()
      .sources.filter((s) => s.titleKind === 'description' && /^["“'‘《]/.test(s.title))
      .map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it('every source is cited by an event', () => {
    const cited = new Set(kb().events.flatMap((e) => e.sources));
    expect(
      kb()
        .sources.filter((s) => !cited.has(s.id))
        .map((s) => s.id),
    ).toEqual([]);
  });

  it('every source date is a real date at its precision', () => {
    const bad = kb()
      .sources.filter((s) => dayBounds(s.date) === null)
      .map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it("URLs appear only with a known publisher and only on that publisher's own domains", () => {
    const byId = new Map(kb().entities.map((e) => [e.id, e] as const));
    const bad = kb()
      .sources.filter((s) => s.url !== undefined)
      .filter((s) => {
        const publisher = s.publisherEntity ? byId.get(s.publisherEntity) : undefined;
        if (!publisher) return true;
        const host = new URL(s.url as string).hostname;
        return !publisher.domains.some((d) => hostMatches(host, d));
      })
      .map((s) => `${s.id}: ${s.url}`);
    expect(bad).toEqual([]);
  });

  it('no URL is on a known mirror, repost or aggregator', () => {
    const bad = kb()
      .sources.filter((s) => s.url !== undefined)
      .filter((s) => {
        const host = new URL(s.url as string).hostname;
        return MIRROR_HOSTS.some((m) => hostMatches(host, m));
      })
      .map((s) => s.id);
    expect(bad).toEqual([]);
  });
});

describe('capabilities', () => {
  it('timelines are oldest first', () => {
    const bad = kb().capabilities.filter((cap: Capability) =>
      cap.timeline.some((t, i) => {
        const prev = cap.timeline[i - 1];
        if (!prev) return false;
        return (dayBounds(t.since)?.first ?? '') < (dayBounds(prev.since)?.first ?? '');
      }),
    );
    expect(bad.map((c) => c.id)).toEqual([]);
  });

  it("each timeline step is dated at its event's date and precision", () => {
    const byId = new Map(kb().events.map((e) => [e.id, e] as const));
    const bad = kb().capabilities.flatMap((cap) =>
      cap.timeline
        .filter((t) => {
          const event = byId.get(t.event);
          return !event || (t.since !== event.date.start && t.since !== event.date.end);
        })
        .map((t) => `${cap.id}: ${t.since} ${t.event}`),
    );
    expect(bad).toEqual([]);
  });

  it('no step claims "available" on an event that reports it still missing there', () => {
    const byId = new Map(kb().events.map((e) => [e.id, e] as const));
    const bad = kb().capabilities.flatMap((cap) =>
      cap.timeline
        .filter((t) => t.status === 'available')
        .filter((t) => (byId.get(t.event)?.stillMissingOn ?? []).includes(cap.platform))
        .map((t) => `${cap.id}: ${t.since} ${t.event}`),
    );
    expect(bad).toEqual([]);
  });

  it('no step rests on an unconfirmed report unless it only says "partial"', () => {
    const byId = new Map(kb().events.map((e) => [e.id, e] as const));
    const bad = kb().capabilities.flatMap((cap) =>
      cap.timeline
        .filter((t) => t.status !== 'partial')
        .filter((t) => {
          const event = byId.get(t.event);
          return !event || event.report === true || event.confidence === 'low';
        })
        .map((t) => `${cap.id}: ${t.status} ${t.event}`),
    );
    expect(bad).toEqual([]);
  });

  it('each step cites an event about both sides of the capability (no step borrowed from elsewhere)', () => {
    const byId = new Map(kb().events.map((e) => [e.id, e] as const));
    const entities = new Map(kb().entities.map((e) => [e.id, e] as const));
    // An event about a parent (Tencent for WeChat) or a child (WeChat Moments under WeChat) counts.
    const family = (id: string): string[] => {
      const out = [id];
      let parent = entities.get(id)?.parent;
      while (parent) {
        out.push(parent);
        parent = entities.get(parent)?.parent;
      }
      return out;
    };
    const bad = kb().capabilities.flatMap((cap) =>
      cap.timeline
        .filter((t) => {
          const event = byId.get(t.event);
          if (!event) return true;
          const about = (id: string) => family(id).some((f) => event.entities.includes(f));
          return !about(cap.provider) || !about(cap.platform);
        })
        .map((t) => `${cap.id}: ${t.event}`),
    );
    expect(bad).toEqual([]);
  });

  it('the last step is the status last reported: dated no later than the as-of date', () => {
    const asOf = kb().meta.asOf;
    const bad = kb()
      .capabilities.filter((cap) => {
        const last = cap.timeline[cap.timeline.length - 1];
        return !last || (dayBounds(last.since)?.first ?? '9999') > asOf;
      })
      .map((c) => c.id);
    expect(bad).toEqual([]);
  });

  it('provider and platform differ', () => {
    expect(
      kb()
        .capabilities.filter((c) => c.provider === c.platform)
        .map((c) => c.id),
    ).toEqual([]);
  });
});
