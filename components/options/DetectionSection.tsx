/**
 * The opt-in "on any site" article detection. The <all_urls> permission must be requested in the
 * user's gesture, so the request is the first thing the change handler does, before any await.
 * The background pre-screens pages itself while this is on (lib/news/articles.ts), reading the
 * setting and the permission afresh for each page, so it needs no message when either changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Language } from '../../data/schema';
import { updateSettings } from '../../lib/platform/storage/settings';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';
import { ANY_SITE } from '../../lib/news/detector';

export interface DetectionSectionProps {
  lang: Language;
  enabled: boolean;
  onError: (error: unknown) => void;
}

export function DetectionSection({ lang, enabled, onError }: DetectionSectionProps) {
  const t = optionsStrings[lang];
  // Local so a refused permission can put the box back without a settings change to trigger it.
  const [checked, setChecked] = useState(enabled);
  const [denied, setDenied] = useState(false);
  useEffect(() => setChecked(enabled), [enabled]);

  function turnOn() {
    browser.permissions.request(ANY_SITE).then(
      async (granted) => {
        if (!granted) {
          setChecked(false);
          setDenied(true);
          return;
        }
        await updateSettings({ anySiteDetection: true });
      },
      (error: unknown) => {
        setChecked(false);
        onError(error);
      },
    );
  }

  async function turnOff() {
    await updateSettings({ anySiteDetection: false });
    await browser.permissions.remove(ANY_SITE);
  }

  return (
    <section aria-labelledby="detection-heading">
      <h2 id="detection-heading">{t.detectionHeading}</h2>
      <label class="row">
        <input
          type="checkbox"
          role="switch"
          name="anySiteDetection"
          checked={checked}
          aria-describedby="detection-help"
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setChecked(on);
            setDenied(false);
            if (on) turnOn();
            else turnOff().catch(onError);
          }}
        />
        <span>{t.detectionEnabled}</span>
      </label>
      <p id="detection-help" class="help">
        {t.detectionHelp}
      </p>
      {denied && <p role="alert">{t.detectionDenied}</p>}
    </section>
  );
}
