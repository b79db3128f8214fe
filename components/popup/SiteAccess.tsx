import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { fill } from '../../lib/platform/i18n/i18n';
import type { Language } from '../../data/schema';
import { popupStrings } from '../../lib/platform/i18n/strings/popup';

export interface SiteAccessProps {
  /** Host permission pattern of the covered site, e.g. "*://*.jd.com/*". */
  pattern: string;
  site: string;
  lang: Language;
}

/**
 * Chrome's "on click" site access and Firefox MV3 can withhold the host access Hutong declares.
 * Then say so and offer to grant it; permissions.request must run in the click itself.
 */
export function SiteAccess({ pattern, site, lang }: SiteAccessProps) {
  const t = popupStrings[lang];
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    let alive = true;
    void browser.permissions
      .contains({ origins: [pattern] })
      .then((value) => alive && setGranted(value))
      .catch(() => alive && setGranted(true));
    return () => {
      alive = false;
    };
  }, [pattern]);
  if (granted !== false) return null;
  return (
    <div class="notice" data-state="access-withheld">
      <p>{fill(t.accessWithheld, { site })}</p>
      <button
        type="button"
        data-action="grant-access"
        onClick={() => {
          browser.permissions.request({ origins: [pattern] }).then(
            (ok) => {
              setGranted(ok);
              setDenied(!ok);
            },
            () => setDenied(true),
          );
        }}
      >
        {fill(t.grantAccess, { site })}
      </button>
      {denied && <p role="alert">{t.accessDenied}</p>}
    </div>
  );
}
