import { capabilities } from '../../data';
import type { CapabilityStatus } from '../../data/schema';
import type { Language } from '../../utils/storage';
import { popupStrings } from '../../utils/strings/popup';

export interface StatusChipsProps {
  entityId: string;
  lang: Language;
}

/** Each capability the entity provides or hosts, with its status today (the last change). */
export function StatusChips({ entityId, lang }: StatusChipsProps) {
  const t = popupStrings[lang];
  const mine = capabilities.filter((c) => c.provider === entityId || c.platform === entityId);
  if (mine.length === 0) return null;
  const label: Record<CapabilityStatus, string> = {
    blocked: t.blocked,
    partial: t.partial,
    available: t.available,
  };
  return (
    <section class="status" aria-labelledby="status-heading">
      <h3 id="status-heading">{t.statusHeading}</h3>
      <ul class="chips">
        {mine.map((capability) => {
          const status = capability.timeline.at(-1)?.status ?? 'blocked';
          return (
            <li key={capability.id} class={`chip status-${status}`} data-status={status}>
              {capability.name[lang]}: <strong>{label[status]}</strong>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
