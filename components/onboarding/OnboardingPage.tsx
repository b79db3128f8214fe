/**
 * Opened on install when the browser withheld the declared site access (Firefox MV3, Chrome's
 * "on click"): explains why Hutong needs it and asks, since permissions.request needs a click.
 * Tests also use this page as their extension context, so it stays small and always has <main>.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { useLanguage } from '../common/useSettings';
import { onboardingStrings } from '../../lib/platform/i18n/strings/options';

type State = 'checking' | 'missing' | 'granted' | 'denied' | 'all-set';

export function OnboardingPage() {
  const lang = useLanguage();
  const t = onboardingStrings[lang];
  const origins = browser.runtime.getManifest().host_permissions ?? [];
  const [state, setState] = useState<State>('checking');
  useEffect(() => {
    void browser.permissions
      .contains({ origins })
      .then((ok) => setState(ok ? 'all-set' : 'missing'))
      .catch(() => setState('missing'));
  }, []);
  return (
    <main class="onboarding">
      <h1>
        <img class="mark" src="/icon/48.png" alt="" width={28} height={28} />
        {t.title}
      </h1>
      <LanguageSwitch lang={lang} id="onboarding-language" />
      <p>{t.intro}</p>
      {state === 'all-set' && <p role="status">{t.allSet}</p>}
      {(state === 'missing' || state === 'denied') && (
        <>
          <p>{t.needAccess}</p>
          <p>{t.privacy}</p>
          <button
            type="button"
            class="primary"
            data-action="grant-hosts"
            onClick={() => {
              browser.permissions.request({ origins }).then(
                (ok) => setState(ok ? 'granted' : 'denied'),
                () => setState('denied'),
              );
            }}
          >
            {t.grant}
          </button>
        </>
      )}
      {state === 'granted' && <p role="status">{t.granted}</p>}
      {state === 'denied' && <p role="alert">{t.denied}</p>}
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t.openSettings}
        </button>
      </p>
    </main>
  );
}
