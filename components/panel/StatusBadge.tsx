import type { CapabilityStatus } from '../../data/schema';
import { usePanel } from './PanelContext';

export interface StatusBadgeProps {
  status: CapabilityStatus;
}

/** Shape, colour and word together, so the status never depends on colour alone. */
const ICONS: Record<CapabilityStatus, string> = { blocked: '✕', partial: '◐', available: '✓' };

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = usePanel();
  const label = {
    blocked: t.statusBlocked,
    partial: t.statusPartial,
    available: t.statusAvailable,
  }[status];
  return (
    <span class={`status status-${status}`}>
      <span class="status-icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      {label}
    </span>
  );
}
