import { useState } from 'preact/hooks';
import { LanguageSwitch } from '../../components/shared/LanguageSwitch';
import { useLanguage, useSettings } from '../../components/shared/useSettings';
import { useHistory } from '../../components/history/useHistory';
import { BackupSection } from '../../components/options/BackupSection';
import { DataSection } from '../../components/options/DataSection';
import { DetectionSection } from '../../components/options/DetectionSection';
import { HintsSection } from '../../components/options/HintsSection';
import { HistorySection } from '../../components/options/HistorySection';
import { SitesSection } from '../../components/options/SitesSection';
import { saveErrorText } from '../../components/options/saveError';
import { PrivacyLink } from '../../components/privacy/PrivacyLink';
import { useSiteSwitches } from '../../components/shared/useSiteSwitches';
import { updateSettings, type Settings } from '../../lib/platform/storage/settings';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';

export function App() {
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
