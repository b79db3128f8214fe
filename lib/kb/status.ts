/**
 * What a capability's status chip says: the status last reported and the date that goes with it.
 * A status is a dated report, never a claim about today (docs/KNOWLEDGE-BASE.md, "Statuses are
 * dated reports"): "Available · since 27 Sep 2024", "Partial · last reported Jan 2025".
 */
import type { Capability, CapabilityStatus, Event } from '../../data/schema';
import { lastDayOf } from './dates';

export interface ReportedStatus {
  status: CapabilityStatus;
  /**
   * "since": the status has held in every report from `date` on (available, blocked).
   * "last-reported": a partial opening, dated by the newest report that still found it partial.
   */
  kind: 'since' | 'last-reported';
  /** A partial date at its own precision. */
  date: string;
  /** The event behind the last step. */
  event: string;
}

export function reportedStatus(capability: Capability): ReportedStatus | undefined {
  const steps = capability.timeline;
  const last = steps[steps.length - 1];
  if (!last) return undefined;
  if (last.status === 'partial') {
    return { status: 'partial', kind: 'last-reported', date: last.since, event: last.event };
  }
  // The first step of the unbroken run of this status that ends the timeline.
  let first = steps.length - 1;
  while (first > 0 && steps[first - 1]?.status === last.status) first--;
  const since = steps[first]?.since ?? last.since;
  return { status: last.status, kind: 'since', date: since, event: last.event };
}

/**
 * The date of the newest confirmed fact: the latest day covered by an event that is neither an
 * unconfirmed report nor of low confidence (its end if it has one). Returned at its own precision.
 */
export function newestConfirmedDate(events: readonly Event[]): string | undefined {
  let best: string | undefined;
  for (const event of events) {
    if (event.report === true || event.confidence === 'low') continue;
    const date = event.date.end ?? event.date.start;
    if (best === undefined || lastDayOf(date) > lastDayOf(best)) best = date;
  }
  return best;
}
