/**
 * Every page where Hutong showed context, newest first and grouped by day, with filters, export
 * and deletion. Deleting goes through the background, the only writer of history.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { historyToCsv } from '../../lib/history/csv';
import { dayLabel, facets, filterHistory, toRows, type HistoryRow } from '../../lib/history/view';
import { getHistory } from '../../lib/history/store';
import { fill, languageTag } from '../../lib/platform/i18n/i18n';
import { isErrorReply, send } from '../../lib/platform/protocol';
import { plural } from '../../lib/platform/i18n/plural';
import type { Language } from '../../data/schema';
import type { HistoryEntry } from '../../lib/platform/storage/history';
import { historyStrings, popupStrings } from '../../lib/platform/i18n/strings/popup';
import { useSettings } from '../common/useSettings';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { datedName, downloadText } from '../common/download';
import { entityName } from './HistoryEntityChips';
import { HistoryItem } from './HistoryItem';
import { VirtualList } from './VirtualList';

export interface HistoryViewProps {
  lang: Language;
  history: HistoryEntry[] | undefined;
  /** Entries stored, when `history` holds only the newest so far (useHistoryState). */
  total?: number;
  /** Height of the scrolling list in px. */
  listHeight?: number;
}

export const ROW_HEIGHT = 64;

export function HistoryView({ lang, history, total, listHeight = 320 }: HistoryViewProps) {
  const t = historyStrings[lang];
  const settings = useSettings();
  const [text, setText] = useState('');
  const [site, setSite] = useState('');
  const [entity, setEntity] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const all = history ?? [];
  const stored = Math.max(total ?? 0, all.length);
  const options = useMemo(() => facets(all), [all]);
  const shown = useMemo(
    () => filterHistory(all, { text, site: site || undefined, entity: entity || undefined }),
    [all, text, site, entity],
  );
  const rows = useMemo(() => toRows(shown), [shown]);
  const loaded = history !== undefined;
  useEffect(() => {
    // Read by bench/popup.bench.ts: the time from opening the popup to the list on screen.
    if (loaded) performance.mark('hutong:history-rendered');
  }, [loaded]);
  const now = Date.now();
  const locale = languageTag(lang);

  async function run(action: Parameters<typeof send>[0], done: string) {
    const reply = await send(action);
    if (isErrorReply(reply)) {
      setStatus(
        fill(t.failed, {
          reason: reply.error === 'quota' ? popupStrings[lang].quota : reply.error,
        }),
      );
    } else setStatus(done);
  }

  /** Exports everything stored, newest first, whether or not the list has all of it yet. */
  async function exportAs(format: 'json' | 'csv') {
    const entries = newestFirst(await getHistory());
    if (format === 'csv') {
      downloadText(datedName('hutong-history', 'csv'), historyToCsv(entries), 'text/csv');
      return;
    }
    const file = { app: 'hutong', kind: 'history', version: 1, history: entries };
    downloadText(
      datedName('hutong-history', 'json'),
      `${JSON.stringify(file, null, 2)}\n`,
      'application/json',
    );
  }

  function renderRow(row: HistoryRow) {
    if (row.kind === 'day') {
      return (
        <h3 class="day">
          {dayLabel(row.day, now, locale, { today: t.today, yesterday: t.yesterday })}
        </h3>
      );
    }
    return (
      <HistoryItem
        entry={row.entry}
        lang={lang}
        now={now}
        onDelete={(entry) => void run({ type: 'history:delete', id: entry.id }, t.deleted)}
      />
    );
  }

  return (
    <section
      class="history"
      aria-labelledby="history-heading"
      data-history-ready={history ? 'true' : undefined}
    >
      <h2 id="history-heading">{t.heading}</h2>
      {!settings.historyEnabled && <p class="note">{t.off}</p>}
      <div class="filters">
        <input
          type="search"
          name="history-filter"
          aria-label={t.filterText}
          placeholder={t.filterText}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <label>
          <span>{t.filterSite}</span>
          <select name="history-site" value={site} onChange={(e) => setSite(e.currentTarget.value)}>
            <option value="">{t.any}</option>
            {options.sites.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.filterEntity}</span>
          <select
            name="history-entity"
            value={entity}
            onChange={(e) => setEntity(e.currentTarget.value)}
          >
            <option value="">{t.any}</option>
            {options.entities.map((id) => (
              <option key={id} value={id}>
                {entityName(id, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {history === undefined ? null : all.length === 0 ? (
        <p class="empty">{t.empty}</p>
      ) : (
        <>
          <p class="count" aria-live="polite">
            {plural(
              lang,
              stored,
              { one: t.countOne, other: t.count },
              { shown: shown.length, total: stored },
            )}
          </p>
          {shown.length === 0 ? (
            <p class="empty">{t.noMatches}</p>
          ) : (
            <VirtualList
              items={rows}
              rowHeight={ROW_HEIGHT}
              height={listHeight}
              label={t.listLabel}
              itemKey={(row) => (row.kind === 'day' ? `d${row.day}` : row.entry.id)}
              renderItem={renderRow}
            />
          )}
        </>
      )}
      <div class="actions">
        <button
          type="button"
          data-action="export-json"
          disabled={all.length === 0}
          onClick={() => void exportAs('json')}
        >
          {t.exportJson}
        </button>
        <button
          type="button"
          data-action="export-csv"
          disabled={all.length === 0}
          onClick={() => void exportAs('csv')}
        >
          {t.exportCsv}
        </button>
        <button
          type="button"
          class="danger"
          data-action="clear-history"
          disabled={all.length === 0}
          onClick={() => setConfirming(true)}
        >
          {t.clearAll}
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
      {confirming && (
        <ConfirmDialog
          title={t.confirmClearTitle}
          body={plural(lang, stored, { one: t.confirmClearBodyOne, other: t.confirmClearBody })}
          confirmLabel={t.confirmClear}
          cancelLabel={t.cancel}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run({ type: 'history:clear' }, t.cleared);
          }}
        />
      )}
    </section>
  );
}

/** Exports list newest first, like the view. */
function newestFirst(all: readonly HistoryEntry[]): HistoryEntry[] {
  return [...all].sort((a, b) => b.time - a.time);
}
