import { browser } from 'wxt/browser';
import { exactTime, relativeTime } from '../../lib/history/view';
import { fill, languageTag } from '../../lib/platform/i18n/i18n';
import type { Language } from '../../data/schema';
import type { HistoryEntry } from '../../lib/platform/storage/history';
import { historyStrings } from '../../lib/platform/i18n/strings/popup';
import { HistoryEntityChips } from './HistoryEntityChips';

export interface HistoryItemProps {
  entry: HistoryEntry;
  lang: Language;
  now: number;
  onDelete: (entry: HistoryEntry) => void;
}

/** One visit. The title is whatever the page called itself: rendered as text, never as HTML. */
export function HistoryItem({ entry, lang, now, onDelete }: HistoryItemProps) {
  const t = historyStrings[lang];
  const locale = languageTag(lang);
  const title = entry.title || t.untitled;
  const exact = exactTime(entry.time, locale);
  return (
    <div class="entry" data-entry-id={entry.id}>
      <button
        type="button"
        class="entry-open"
        data-action="open-entry"
        title={entry.url}
        aria-label={fill(t.open, { title })}
        onClick={() => void browser.tabs.create({ url: entry.url })}
      >
        <span class="entry-title">{title}</span>
      </button>
      <div class="entry-meta">
        <span class="entry-site">{entry.site}</span>
        <HistoryEntityChips ids={entry.entities} lang={lang} />
        <time
          dateTime={new Date(entry.time).toISOString()}
          title={exact}
          data-exact={exact}
          tabIndex={0}
        >
          {relativeTime(entry.time, now, locale)}
        </time>
      </div>
      <button
        type="button"
        class="entry-delete"
        data-action="delete-entry"
        aria-label={fill(t.deleteLabel, { title })}
        title={t.delete}
        onClick={() => onDelete(entry)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
