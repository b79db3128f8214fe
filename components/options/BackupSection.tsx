/** Export and import of settings as a JSON file, and reset to defaults. */
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  exportSettingsText,
  importSettingsText,
  MAX_SETTINGS_FILE_BYTES,
  type ImportError,
} from '../../lib/settings/backup';
import { resetSettings } from '../../lib/settings/reset';
import type { Language } from '../../data/schema';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';
import { fill } from '../../lib/platform/i18n/i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { datedName, downloadText } from '../common/download';
import { ANY_SITE } from '../../lib/news/detector';
import { saveErrorText } from './saveError';

export interface BackupSectionProps {
  lang: Language;
}

/**
 * The outcome of the last import or reset. `seq` tells one outcome from the next, so that a
 * second identical result (two bad files in a row) still reads as new.
 */
type Message = { action: 'import' | 'reset'; kind: 'ok' | 'error'; text: string; seq: number };

export function BackupSection({ lang }: BackupSectionProps) {
  const t = optionsStrings[lang];
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const results = useRef(0);
  const say = (action: Message['action'], kind: Message['kind'], text: string) =>
    setMessage({ action, kind, text, seq: ++results.current });
  const [confirming, setConfirming] = useState(false);
  const [replace, setReplace] = useState(false);
  const errors: Record<ImportError, string> = {
    'too-large': t.errorTooLarge,
    'not-json': t.errorNotJson,
    foreign: t.errorForeign,
    'newer-version': t.errorNewer,
    invalid: t.errorInvalid,
  };

  async function importFile(file: File) {
    if (file.size > MAX_SETTINGS_FILE_BYTES) {
      say('import', 'error', t.errorTooLarge);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      say('import', 'error', t.errorRead);
      return;
    }
    try {
      const allowAnySite = await browser.permissions.contains(ANY_SITE);
      const result = await importSettingsText(text, allowAnySite, replace ? 'replace' : 'merge');
      if (!result.ok) {
        say('import', 'error', errors[result.error]);
        return;
      }
      const settings = result.changedSettings.length;
      const sites = result.changedSites;
      say(
        'import',
        'ok',
        settings + sites === 0
          ? t.importedNothing
          : fill(t.importedChanges, { settings: String(settings), sites: String(sites) }),
      );
    } catch (error) {
      say('import', 'error', saveErrorText(error, lang));
    }
  }

  async function reset() {
    await resetSettings();
    say('reset', 'ok', t.resetDone);
  }

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t.backupHeading}</h2>
      <div class="actions start">
        <button
          type="button"
          data-action="export-settings"
          onClick={() =>
            void exportSettingsText().then((text) =>
              downloadText(datedName('hutong-settings', 'json'), text, 'application/json'),
            )
          }
        >
          {t.exportSettings}
        </button>
        {/* A button to the eye; to the keyboard and screen readers the file input itself, named
            by its label, so Tab reaches it and Enter or Space opens the file picker. */}
        <label class="file-button">
          <input
            class="visually-hidden"
            type="file"
            name="import-settings"
            accept="application/json,.json"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) void importFile(file).finally(() => (input.value = ''));
            }}
          />
          <span>{t.importSettings}</span>
        </label>
        <label class="check">
          <input
            type="checkbox"
            name="import-replace"
            checked={replace}
            onChange={(event) => setReplace(event.currentTarget.checked)}
          />{' '}
          {t.importReplace}
        </label>
        <button
          type="button"
          class="danger"
          data-action="reset-settings"
          onClick={() => setConfirming(true)}
        >
          {t.resetDefaults}
        </button>
      </div>
      <p
        role={message?.kind === 'error' ? 'alert' : 'status'}
        class={message?.kind === 'error' ? 'message error' : 'message'}
        id="backup-message"
        data-result={message && `${message.action}-${message.kind}`}
        data-seq={message?.seq}
      >
        {message?.text}
      </p>
      {confirming && (
        <ConfirmDialog
          title={t.confirmResetTitle}
          body={t.confirmResetBody}
          confirmLabel={t.confirmReset}
          cancelLabel={t.cancel}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            reset().catch((error: unknown) => say('reset', 'error', saveErrorText(error, lang)));
          }}
        />
      )}
    </section>
  );
}
