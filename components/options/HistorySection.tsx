import { useState } from 'preact/hooks';
import { parseHistoryCap } from '../../lib/history/cap';
import { fill } from '../../lib/platform/i18n/i18n';
import { isErrorReply, send } from '../../lib/platform/protocol';
import { plural } from '../../lib/platform/i18n/plural';
import type { Language } from '../../data/schema';
import {
  HISTORY_CAP_MAX,
  HISTORY_CAP_MIN,
  type Settings,
} from '../../lib/platform/storage/settings';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';
import { ConfirmDialog } from '../common/ConfirmDialog';

export interface HistorySectionProps {
  lang: Language;
  settings: Settings;
  count: number;
  save: (patch: Partial<Settings>) => void;
  onError: (error: unknown) => void;
}

export function HistorySection({ lang, settings, count, save, onError }: HistorySectionProps) {
  const t = optionsStrings[lang];
  const [confirming, setConfirming] = useState(false);
  const [capError, setCapError] = useState('');
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t.historyHeading}</h2>
      <label class="row">
        <input
          type="checkbox"
          role="switch"
          name="historyEnabled"
          checked={settings.historyEnabled}
          onChange={(event) => save({ historyEnabled: event.currentTarget.checked })}
        />
        <span>{t.historyEnabled}</span>
      </label>
      <label class="row" for="history-cap">
        <span>{t.historyCap}</span>
      </label>
      <input
        id="history-cap"
        type="number"
        name="historyCap"
        min={HISTORY_CAP_MIN}
        max={HISTORY_CAP_MAX}
        step={100}
        value={settings.historyCap}
        aria-describedby={capError ? 'history-cap-error history-cap-help' : 'history-cap-help'}
        aria-invalid={capError !== ''}
        onInput={() => setCapError('')}
        onChange={(event) => {
          const input = parseHistoryCap(
            event.currentTarget.value,
            HISTORY_CAP_MIN,
            HISTORY_CAP_MAX,
          );
          if (input.ok) {
            setCapError('');
            if (input.value !== settings.historyCap) save({ historyCap: input.value });
            return;
          }
          // Nothing is saved; the field goes back to the limit in force, and says why.
          event.currentTarget.value = String(settings.historyCap);
          setCapError(
            fill(input.reason === 'empty' ? t.historyCapEmpty : t.historyCapInvalid, {
              min: HISTORY_CAP_MIN,
              max: HISTORY_CAP_MAX,
              current: settings.historyCap,
            }),
          );
        }}
      />
      <p id="history-cap-error" role="alert" class="message error" data-error="history-cap">
        {capError}
      </p>
      <p id="history-cap-help" class="help">
        {fill(t.historyCapHelp, { min: HISTORY_CAP_MIN, max: HISTORY_CAP_MAX })}
      </p>
      <p data-history-count={count}>
        {plural(lang, count, { one: t.historyCountOne, other: t.historyCount })}
      </p>
      <button
        type="button"
        class="danger"
        data-action="clear-history"
        disabled={count === 0}
        onClick={() => setConfirming(true)}
      >
        {t.clearHistory}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t.confirmClearHistoryTitle}
          body={plural(lang, count, {
            one: t.confirmClearHistoryBodyOne,
            other: t.confirmClearHistoryBody,
          })}
          confirmLabel={t.clearHistory.replace('…', '')}
          cancelLabel={t.cancel}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void send({ type: 'history:clear' }).then((reply) => {
              if (isErrorReply(reply)) onError(reply.error);
            });
          }}
        />
      )}
    </section>
  );
}
