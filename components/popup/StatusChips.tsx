import { capabilities } from '../../data';
import type { CapabilityStatus } from '../../data/schema';
import { formatPartialDateShort } from '../../lib/kb/dates';
import { reportedStatus } from '../../lib/kb/status';
import { fill } from '../../lib/platform/i18n/i18n';
import type { Language } from '../../data/schema';
import { popupStrings } from '../../lib/platform/i18n/strings/popup';
import { kbText } from '../../data/text';

export interface StatusChipsProps {
  entityId: string;
  lang: Language;
}

/**
 * Each capability the entity provides or hosts, with the status last reported and its date:
 * "WeChat Pay on Taobao: available · since 27 Sep 2024". Never a claim about today.
 */
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
          const now = reportedStatus(capability);
          if (!now) return null;
          const when = fill(now.kind === 'since' ? t.statusSince : t.statusLastReported, {
            date: formatPartialDateShort(now.date, lang),
          });
          return (
            <li
              key={capability.id}
              class={`chip status-${now.status}`}
              data-status={now.status}
              data-capability={capability.id}
            >
              {kbText(capability.name, lang)}
              {lang === 'en' ? ': ' : '：'}
              <strong>{label[now.status]}</strong>
              {' · '}
              <time dateTime={now.date}>{when}</time>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
