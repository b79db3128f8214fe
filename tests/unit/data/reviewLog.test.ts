/**
 * docs/REVIEW-LOG.md records, for every event, when it was checked and what each cited source
 * supports, and for every capability step why its event supports that status. A new event, a
 * newly cited source or a new step without an entry fails here, so nothing lands unreviewed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capabilities, events, meta } from '../../../data';

const log = readFileSync(resolve(process.cwd(), 'docs', 'REVIEW-LOG.md'), 'utf8');

/** The text of each "### `event-id`" section, by id. */
function eventSections(): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = log.split(/^### /m).slice(1);
  for (const part of parts) {
    const id = /^`([^`]+)`/.exec(part)?.[1];
    if (id) sections.set(id, part.split(/^## /m)[0] ?? '');
  }
  return sections;
}

const sections = eventSections();

describe('review log', () => {
  it('has an entry for every event, and none for an event that no longer exists', () => {
    const ids = events.map((e) => e.id);
    expect(ids.filter((id) => !sections.has(id))).toEqual([]);
    expect([...sections.keys()].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('dates each check with a real day no later than the as-of date, and gives a verdict', () => {
    const bad = [...sections].filter(([, text]) => {
      const match = /^Checked (\d{4}-\d{2}-\d{2}) · research entry [A-H]\d{1,2} · \S.*$/m.exec(
        text,
      );
      const day = match?.[1];
      return !day || Number.isNaN(Date.parse(day)) || day > meta.asOf;
    });
    expect(bad.map(([id]) => id)).toEqual([]);
  });

  it('says, for each source an event cites, how it was checked and what it supports', () => {
    const bad = events.flatMap((event) => {
      const text = sections.get(event.id) ?? '';
      return event.sources
        .filter((source) => {
          const line = new RegExp(`^- \`${source}\` \\((read|article|notes)\\): \\S.{10,}$`, 'm');
          return !line.test(text);
        })
        .map((source) => `${event.id}: ${source}`);
    });
    expect(bad).toEqual([]);
  });

  it('lists no source under an event that does not cite it', () => {
    const bad = events.flatMap((event) => {
      const text = sections.get(event.id) ?? '';
      const listed = [...text.matchAll(/^- `([^`]+)` \(/gm)].map((m) => m[1] as string);
      return listed.filter((id) => !event.sources.includes(id)).map((id) => `${event.id}: ${id}`);
    });
    expect(bad).toEqual([]);
  });

  it('has an entry for every capability step: capability, status, date and event', () => {
    const steps = log.split(/^## Capability steps$/m)[1] ?? '';
    const bad = capabilities.flatMap((cap) =>
      cap.timeline
        .filter(
          (t) => !steps.includes(`- \`${cap.id}\` · ${t.status} · ${t.since} · \`${t.event}\`: `),
        )
        .map((t) => `${cap.id} · ${t.status} · ${t.since} · ${t.event}`),
    );
    expect(bad).toEqual([]);
  });
});
