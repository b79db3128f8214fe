import type { Language } from '../../data/schema';
import type { HintFrequency, Settings } from '../../lib/platform/storage/settings';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';

export interface HintsSectionProps {
  lang: Language;
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
}

export function HintsSection({ lang, settings, save }: HintsSectionProps) {
  const t = optionsStrings[lang];
  const frequencies: [HintFrequency, string][] = [
    ['every-page', t.everyPage],
    ['once-per-session', t.oncePerSession],
    ['never', t.never],
  ];
  return (
    <section aria-labelledby="hints-heading">
      <h2 id="hints-heading">{t.hintsHeading}</h2>
      <label class="row">
        <input
          type="checkbox"
          role="switch"
          name="hintsEnabled"
          checked={settings.hintsEnabled}
          onChange={(event) => save({ hintsEnabled: event.currentTarget.checked })}
        />
        <span>{t.hintsEnabled}</span>
      </label>
      <fieldset disabled={!settings.hintsEnabled}>
        <legend>{t.frequency}</legend>
        {frequencies.map(([value, label]) => (
          <label class="row" key={value}>
            <input
              type="radio"
              name="hintFrequency"
              value={value}
              checked={settings.hintFrequency === value}
              onChange={() => save({ hintFrequency: value })}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
