/**
 * The order of the knowledge base's texts: the Traditional list (scripts/gen-hant.ts writes it,
 * data/traditional.ts reads it) pairs with the Bilingual objects by this order.
 */
import type { Bilingual } from './schema';

function isBilingual(value: object): value is Bilingual {
  return (
    'en' in value && 'zh' in value && typeof value.en === 'string' && typeof value.zh === 'string'
  );
}

/** Every Bilingual object of the knowledge base, depth first, in the files' own order. */
export function bilingualTexts(kb: Record<string, readonly unknown[]>): Bilingual[] {
  const found: Bilingual[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      if (isBilingual(value)) found.push(value);
      else Object.values(value).forEach(walk);
    }
  };
  for (const name of Object.keys(kb).sort()) walk(kb[name]);
  return found;
}
