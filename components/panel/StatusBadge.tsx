import { formatPartialDateShort } from '../../lib/kb/dates';
import type { ReportedStatus } from '../../lib/kb/status';
import { fill } from '../../lib/platform/i18n/i18n';
import { usePanel } from './PanelContext';

export interface StatusBadgeProps {
  /** The status last reported and its date (lib/kb/status.ts). */
  reported: ReportedStatus;
}

/** Shape, colour and word together, so the status never depends on colour alone. */
const ICONS: Record<ReportedStatus['status'], string> = {
  blocked: '✕',
  partial: '◐',
  available: '✓',
};

/**
 * A status as a dated report, never as a fact about today: "Available · since 27 Sep 2024",
 * "Partial · last reported Jan 2025".
 */
export function StatusBadge({ reported }: StatusBadgeProps) {
  const { lang, t } = usePanel();
  const { status, kind, date } = reported;
  const label = {
    blocked: t.statusBlocked,
    partial: t.statusPartial,
    available: t.statusAvailable,
  }[status];
  const when = fill(kind === 'since' ? t.statusSince : t.statusLastReported, {
    date: formatPartialDateShort(date, lang),
  });
  return (
    <span class={`status status-${status}`} data-status={status} data-date-kind={kind}>
      <span class="status-icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      {label}
      {' · '}
      <time class="status-date" dateTime={date}>
        {when}
      </time>
    </span>
  );
}
