import { useState } from 'preact/hooks';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { useLanguage, useSettings } from '../common/useSettings';
import { useHistory } from '../history/useHistory';
import { BackupSection } from './BackupSection';
import { DataSection } from './DataSection';
import { DetectionSection } from './DetectionSection';
import { HintsSection } from './HintsSection';
import { HistorySection } from './HistorySection';
import { SitesSection } from './SitesSection';
import { saveErrorText } from './saveError';
import { PrivacyLink } from '../privacy/PrivacyLink';
import { useSiteSwitches } from '../common/useSiteSwitches';
import { updateSettings, type Settings } from '../../lib/platform/storage/settings';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';

export function OptionsPage() {
  const lang = useLanguage();
  const t = optionsStrings[lang];
  const settings = useSettings();
  const switches = useSiteSwitches() ?? {};
  const history = useHistory();
  const [error, setError] = useState('');
  const onError = (reason: unknown) => setError(saveErrorText(reason, lang));
  const save = (patch: Partial<Settings>) => {
    setError('');
    updateSettings(patch).catch(onError);
  };
  return (
    <main class="options">
      <h1>
        <img class="mark" src="/icon/48.png" alt="" width={28} height={28} />
        {t.title}
      </h1>
      <p role="alert" class="message error">
        {error}
      </p>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t.languageHeading}</h2>
        <LanguageSwitch lang={lang} id="options-language" />
      </section>
      <HintsSection lang={lang} settings={settings} save={save} />
      <SitesSection lang={lang} switches={switches} onError={onError} />
      <HistorySection
        lang={lang}
        settings={settings}
        count={history?.length ?? 0}
        save={save}
        onError={onError}
      />
      <DetectionSection lang={lang} enabled={settings.anySiteDetection} onError={onError} />
      <BackupSection lang={lang} />
      <DataSection lang={lang} switches={switches} historyCount={history?.length ?? 0} />
      <PrivacyLink lang={lang} />
    </main>
  );
}
