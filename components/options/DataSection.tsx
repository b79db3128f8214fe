/** "See, export and clear everything Hutong stored." */
import { useState } from 'preact/hooks';
import { exportAllText } from '../../lib/settings/backup';
import { clearEverything } from '../../lib/settings/reset';
import { plural } from '../../lib/platform/i18n/plural';
import type { Language } from '../../data/schema';
import type { SiteSwitches } from '../../lib/platform/storage/sites';
import { parseShownThisSession, shownThisSessionItem } from '../../lib/platform/storage/session';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { datedName, downloadText } from '../common/download';
import { useStorageItem } from '../common/useStorageItem';
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
    await clearEverything();
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
