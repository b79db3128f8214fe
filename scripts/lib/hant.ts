/**
 * Simplified → Traditional conversion for Hutong's 繁體中文, at build time only (scripts/gen-hant.ts).
 *
 * - UI strings: OpenCC `cn` → `twp`, Taiwan characters and Taiwan phrasing (设置 → 設定,
 *   打开 → 開啟, 默认 → 預設), because the UI should read as written for its readers.
 * - Knowledge base: OpenCC `cn` → `tw`, Taiwan characters only, no phrase substitution: the text
 *   quotes mainland names, laws and statements, which keep their words (个人信息保护法 stays
 *   個人信息保護法, not 個人資訊保護法).
 * - Both: the reviewed OVERRIDES below win over OpenCC, and quotation marks become 「」.
 */
import * as OpenCC from 'opencc-js';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariants from 'opencc-js/dict/HKVariants';

/**
 * Names and terms whose Traditional form is decided here, not by OpenCC: company and product names
 * keep the forms their owners use in Traditional, and proper names are not localized (the
 * ministry is 工業和信息化部 in Traditional too, never 工業和資訊化部). Longest first is not
 * needed: the generator protects longer entries before shorter ones itself.
 * Each entry was checked against the owner's own Traditional pages or Taiwanese press usage.
 */
export const OVERRIDES: readonly (readonly [simplified: string, traditional: string])[] = [
  ['菜鸟', '菜鳥'],
  ['顺丰', '順豐'],
  ['丰巢', '豐巢'],
  ['支付宝', '支付寶'],
  ['微信支付', '微信支付'],
  ['京东物流', '京東物流'],
  ['国家邮政局', '國家郵政局'],
  ['工业和信息化部', '工業和信息化部'],
  ['互联互通', '互聯互通'],
  ['互联网', '互聯網'],
  ['饿了么', '餓了麼'],
  ['淘宝', '淘寶'],
  ['腾讯', '騰訊'],
  ['美团', '美團'],
];

// Private-use characters OpenCC passes through untouched: they hold an override's place.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const byLength = [...OVERRIDES].sort((a, b) => b[0].length - a[0].length);

function withOverrides(convert: (text: string) => string): (text: string) => string {
  return (text) => {
    let protectedText = text;
    byLength.forEach(([simplified], i) => {
      protectedText = protectedText.split(simplified).join(`${MARK_OPEN}${i}${MARK_CLOSE}`);
    });
    return convert(protectedText).replace(
      new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g'),
      (_, i: string) => byLength[Number(i)]?.[1] ?? '',
    );
  };
}

/** Corner brackets are Traditional Chinese's quotation marks (「」, and 『』 inside them). */
function cornerQuotes(text: string): string {
  return text.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
}

const twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
export const toHantUi = withOverrides((text) => cornerQuotes(twp(text)));
export const toHantKb = withOverrides((text) => cornerQuotes(tw(text)));

function parseDict(dict: string): [string, string[]][] {
  return dict.split('|').flatMap((line) => {
    const [from, ...to] = line.split(' ');
    return from ? [[from, to] as [string, string[]]] : [];
  });
}

/**
 * Traditional → Simplified pairs for search folding, for the Simplified characters in `chars`:
 * every Traditional form OpenCC knows (OpenCC's standard, Taiwan's and Hong Kong's variants), so
 * 菜鳥 typed in any of them finds 菜鸟. One BMP character each way, so folding keeps offsets.
 * Returned as one string "TSTS…", sorted by the Traditional character.
 */
export function hantFoldPairs(chars: Iterable<string>): string {
  const wanted = new Set(chars);
  const variants = new Map<string, string[]>();
  for (const [t, forms] of [...parseDict(TWVariants), ...parseDict(HKVariants)]) {
    variants.set(t, [...(variants.get(t) ?? []), ...forms]);
  }
  const pairs = new Map<string, string>();
  for (const [s, traditional] of parseDict(STCharacters)) {
    if (!wanted.has(s)) continue;
    for (const t of traditional.flatMap((t) => [t, ...(variants.get(t) ?? [])])) {
      // A character that is itself Simplified text (后, 干, 里) is not folded: 后 is 后.
      if (t === s || wanted.has(t) || t.length !== 1 || s.length !== 1 || pairs.has(t)) continue;
      pairs.set(t, s);
    }
  }
  return [...pairs]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([t, s]) => t + s)
    .join('');
}
