/**
 * The knowledge base's text in a UI language. Traditional Chinese is generated at build time
 * (scripts/gen-hant.ts) as one list: the Traditional form of every Bilingual text, in the order
 * bilingualTexts() meets them. It is matched up once, the first time Traditional is asked for, so
 * readers of English and Simplified pay nothing for it.
 */
import type { Bilingual } from './schema';
import type { Language } from '../utils/storage';
import hantTexts from '../lib/generated/hant.kb.json';
import { capabilities, entities, events, sources } from './index';

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

function hantOf(text: Bilingual): string {
  if (hant === undefined) {
    const list = hantTexts as readonly string[];
    hant = new WeakMap(
      bilingualTexts({ entities, events, sources, capabilities }).map((b, i) => [
        b,
        list[i] ?? b.zh,
      ]),
    );
  }
  // Text made at run time (not from the bundled files) has no generated form: Simplified then.
  return hant.get(text) ?? text.zh;
}

/** `text` in `lang`: English, Simplified as written, or Traditional as generated. */
export function kbText(text: Bilingual, lang: Language): string {
  return lang === 'zh-Hant' ? hantOf(text) : text[lang];
}
