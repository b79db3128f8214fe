import { fill } from '../../lib/platform/i18n/i18n';
import type { Language } from '../../data/schema';
import { optionsStrings } from '../../lib/platform/i18n/strings/options';

/** A failed storage write in words (the quota is the failure a user can act on). */
export function saveErrorText(error: unknown, lang: Language): string {
  const t = optionsStrings[lang];
  const text = error instanceof Error ? error.message : String(error);
  return fill(t.saveFailed, { reason: /quota/i.test(text) ? t.quota : text });
}
