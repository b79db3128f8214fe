import { fill } from '../../utils/i18n';
import type { Language } from '../../utils/storage';
import { optionsStrings } from '../../utils/strings/options';

/** A failed storage write in words (the quota is the failure a user can act on). */
export function saveErrorText(error: unknown, lang: Language): string {
  const t = optionsStrings[lang];
  const text = error instanceof Error ? error.message : String(error);
  return fill(t.saveFailed, { reason: /quota/i.test(text) ? t.quota : text });
}
