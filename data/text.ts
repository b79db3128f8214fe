/**
 * The knowledge base's text in a UI language. Traditional Chinese is generated at build time
 * (scripts/gen-hant.ts) as one list: the Traditional form of every Bilingual text, in the order
 * bilingualTexts() meets them. Pages load it only for readers of Traditional (loadTraditional(),
 * a chunk of its own), so the English and Simplified pages neither download nor parse it.
 */
import type { Bilingual, Language } from './schema';

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

let hant: WeakMap<Bilingual, string> | undefined;
let loading: Promise<void> | undefined;

/** Whether the Traditional knowledge base is loaded (kbText then gives Traditional). */
export function traditionalLoaded(): boolean {
  return hant !== undefined;
}

/** Loads the Traditional knowledge base once; later calls share the first. */
export function loadTraditional(): Promise<void> {
  loading ??= import('./traditional').then(({ traditionalTexts }) => {
    hant = traditionalTexts();
  });
  return loading;
}

function hantOf(text: Bilingual): string {
  // Not loaded yet, or text made at run time (not from the bundled files): Simplified then.
  return hant?.get(text) ?? text.zh;
}

/** `text` in `lang`: English, Simplified as written, or Traditional as generated. */
export function kbText(text: Bilingual, lang: Language): string {
  return lang === 'zh-Hant' ? hantOf(text) : text[lang];
}
