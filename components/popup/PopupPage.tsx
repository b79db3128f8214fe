import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { useLanguage } from '../common/useSettings';
import { HistoryView } from '../history/HistoryView';
import { useHistoryState } from '../history/useHistory';
import { PopupTabs, type PopupView } from './PopupTabs';
import { SiteCard } from './SiteCard';
import { useCurrentTab } from './useCurrentTab';
import { WriteErrorNotice } from './WriteErrorNotice';
import { common } from '../../lib/platform/i18n/strings/common';
import { popupStrings } from '../../lib/platform/i18n/strings/popup';
import type { Language } from '../../data/schema';

function HistoryPanel({ lang }: { lang: Language }) {
  // The newest entries render at once; the full list (for filters and counts) follows.
  const history = useHistoryState();
  return <HistoryView lang={lang} history={history.entries} total={history.total} />;
}

export function PopupPage() {
  const lang = useLanguage();
  const t = popupStrings[lang];
  const { tab, windowId } = useCurrentTab();
  const [view, setView] = useState<PopupView>(location.hash === '#history' ? 'history' : 'site');
  return (
    <main class="popup">
      <header class="top">
        <img class="mark" src="/icon/48.png" alt="" width={28} height={28} />
        <h1>{common[lang].appName}</h1>
        <LanguageSwitch lang={lang} id="popup-language" />
      </header>
      <PopupTabs view={view} lang={lang} onChange={setView} />
      <WriteErrorNotice lang={lang} />
      <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} class="panel">
        {view === 'site' ? (
          <SiteCard lang={lang} tab={tab} windowId={windowId} />
        ) : (
          <HistoryPanel lang={lang} />
        )}
      </div>
      <footer>
        <button
          type="button"
          class="link"
          data-action="open-options"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t.openSettings}
        </button>
      </footer>
    </main>
  );
}
