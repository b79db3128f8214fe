/**
 * The knowledge base's text in a UI language. Traditional Chinese is generated at build time
 * (scripts/gen-hant.ts) as one list: the Traditional form of every Bilingual text, in the order
 * bilingualTexts() meets them. Pages load it only for readers of Traditional (loadTraditional(),
 * a chunk of its own), so the English and Simplified pages neither download nor parse it.
 */
import type { Bilingual, Language } from './schema';

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
