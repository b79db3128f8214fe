/** "See, export and clear everything Hutong stored." */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { exportAllText } from '../../lib/settings/backup';
import { isErrorReply, send } from '../../lib/platform/protocol';
import { plural } from '../../lib/platform/i18n/plural';
import type { Language } from '../../data/schema';
import { DEFAULT_SETTINGS, saveSettings } from '../../lib/platform/storage/settings';
import { saveSiteSwitches, type SiteSwitches } from '../../lib/platform/storage/sites';
import {
  forgetSession,
  parseShownThisSession,
  shownThisSessionItem,
} from '../../lib/platform/storage/session';
import { writeInTurn } from '../../lib/platform/storage/writes';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { datedName, downloadText } from '../shared/download';
import { useStorageItem } from '../shared/useStorageItem';
import { ALL_URLS } from './DetectionSection';
import { saveErrorText } from './saveError';

export interface DataSectionProps {
  lang: Language;
  switches: SiteSwitches;
  historyCount: number;
}

const countShown = (raw: unknown) => Object.keys(parseShownThisSession(raw)).length;

export function DataSection({ lang, switches, historyCount }: DataSectionProps) {
  const t = optionsStrings[lang];
  const sessionCount = useStorageItem(shownThisSessionItem, countShown) ?? 0;
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const off = Object.values(switches).filter((on) => !on).length;

  async function clearAll() {
    const reply = await send({ type: 'history:clear' });
    if (isErrorReply(reply)) throw new Error(reply.error);
    // Settings go back to defaults rather than being removed, so the stored version stays.
    await writeInTurn((turn) =>
      Promise.all([saveSettings(turn, DEFAULT_SETTINGS), saveSiteSwitches(turn, undefined)]),
    );
    await forgetSession();
    await send({ type: 'detector:sync' });
    await browser.permissions.remove({ origins: [ALL_URLS] });
    setMessage(t.clearedAll);
  }

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t.dataHeading}</h2>
      <p>{t.dataIntro}</p>
      <ul class="stored" data-stored>
        <li>{t.dataSettings}</li>
        <li>{plural(lang, off, { one: t.dataSwitchesOne, other: t.dataSwitches })}</li>
        <li data-stored-history={historyCount}>
          {plural(lang, historyCount, { one: t.dataHistoryOne, other: t.dataHistory })}
        </li>
        <li>
          {t.dataSession} ({sessionCount})
        </li>
      </ul>
      <div class="actions start">
        <button
          type="button"
          data-action="export-all"
          onClick={() =>
            void exportAllText().then((text) =>
              downloadText(datedName('hutong-data', 'json'), text, 'application/json'),
            )
          }
        >
          {t.exportAll}
        </button>
        <button
          type="button"
          class="danger"
          data-action="clear-all"
          onClick={() => setConfirming(true)}
        >
          {t.clearAll}
        </button>
      </div>
      <p role="status" class="message">
        {message}
      </p>
      {confirming && (
        <ConfirmDialog
          title={t.confirmClearAllTitle}
          body={t.confirmClearAllBody}
          confirmLabel={t.confirmClearAll}
          cancelLabel={t.cancel}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            clearAll().catch((error: unknown) => setMessage(saveErrorText(error, lang)));
          }}
        />
      )}
    </section>
  );
}
