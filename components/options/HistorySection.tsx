import { useState } from 'preact/hooks';
import { fill } from '../../utils/i18n';
import { isErrorReply, send } from '../../utils/messages';
import {
  HISTORY_CAP_MAX,
  HISTORY_CAP_MIN,
  type Language,
  type Settings,
} from '../../utils/storage';
import { optionsStrings } from '../../utils/strings/options';
import { ConfirmDialog } from '../history/ConfirmDialog';

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
        aria-describedby="history-cap-help"
        onChange={(event) => {
          const value = Math.round(Number(event.currentTarget.value));
          const clamped = Math.min(HISTORY_CAP_MAX, Math.max(HISTORY_CAP_MIN, value || 0));
          event.currentTarget.value = String(clamped);
          save({ historyCap: clamped });
        }}
      />
      <p id="history-cap-help" class="help">
        {fill(t.historyCapHelp, { min: HISTORY_CAP_MIN, max: HISTORY_CAP_MAX })}
      </p>
      <p data-history-count={count}>{fill(t.historyCount, { count })}</p>
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
          body={fill(t.confirmClearHistoryBody, { count })}
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
