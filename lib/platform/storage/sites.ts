/**
 * The per-site hint switches: one stored item, its schema and its one write path. Only valid
 * domain → boolean pairs are kept: a bad pair is dropped, the others stay.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { validPairs } from './parse';
import { writeInTurn, type Turn } from './writes';

/** A covered domain as the knowledge base writes it ("taobao.com"); also history's `site`. */
export const Domain = v.pipe(v.string(), v.regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/));

/** Per covered domain ("taobao.com" covers item.taobao.com): false hides hints there. */
const SiteSwitches = validPairs(Domain, v.boolean());
export type SiteSwitches = v.InferOutput<typeof SiteSwitches>;

export const parseSiteSwitches = (raw: unknown): SiteSwitches => v.parse(SiteSwitches, raw);

/** Written only through saveSiteSwitches, in turn with every other writer (./writes.ts). */
export const siteSwitchesItem = storage.defineItem<SiteSwitches>('local:siteSwitches', {
  fallback: {},
  version: 1,
});

export async function getSiteSwitches(): Promise<SiteSwitches> {
  return parseSiteSwitches(await siteSwitchesItem.getValue());
}

/** The one write of siteSwitchesItem: parsed, inside a write turn; undefined removes it. */
export async function saveSiteSwitches(
  _turn: Turn,
  switches: SiteSwitches | undefined,
): Promise<void> {
  if (switches === undefined) await siteSwitchesItem.removeValue();
  else await siteSwitchesItem.setValue(parseSiteSwitches(switches));
}

export function setSiteEnabled(domain: string, enabled: boolean): Promise<void> {
  return writeInTurn(async (turn) => {
    const others = Object.entries(await getSiteSwitches()).filter(([site]) => site !== domain);
    // Only "off" is stored: a site nobody touched follows the default, which may change.
    await saveSiteSwitches(
      turn,
      Object.fromEntries(enabled ? others : [...others, [domain, false]]),
    );
  });
}
