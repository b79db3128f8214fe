import type { Language } from '../../data/schema';
import { popupStrings } from '../../lib/platform/i18n/strings/popup';

export type PopupView = 'site' | 'history';

export interface PopupTabsProps {
  view: PopupView;
  lang: Language;
  onChange: (view: PopupView) => void;
}

const VIEWS: readonly PopupView[] = ['site', 'history'];

/** ARIA tabs: one tab stop, arrow keys move between tabs. */
export function PopupTabs({ view, lang, onChange }: PopupTabsProps) {
  const t = popupStrings[lang];
  const labels: Record<PopupView, string> = { site: t.tabSite, history: t.tabHistory };
  return (
    <div role="tablist" aria-label={t.tabsLabel} class="tabs">
      {VIEWS.map((value, i) => (
        <button
          key={value}
          type="button"
          role="tab"
          id={`tab-${value}`}
          aria-controls={`panel-${value}`}
          aria-selected={view === value}
          tabIndex={view === value ? 0 : -1}
          data-view={value}
          onClick={() => onChange(value)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
            const next =
              VIEWS[(i + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length];
            if (next) {
              onChange(next);
              document.getElementById(`tab-${next}`)?.focus();
            }
          }}
        >
          {labels[value]}
        </button>
      ))}
    </div>
  );
}
