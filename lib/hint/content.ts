/**
 * What a hint says and whether it shows: pure functions of the knowledge base, the settings and
 * the session, used by the background (lib/hint/background.ts) and tested on their own.
 */
import type { Entity, Event } from '../../data/schema';
import type { HintContent } from '../platform/protocol';
import type { Language } from '../../data/schema';
import type { Settings } from '../platform/storage/settings';
import type { SiteSwitches } from '../platform/storage/sites';
import { fill } from '../platform/i18n/i18n';
import { hintBackgroundStrings } from '../platform/i18n/strings/hint';
import { articleEvents } from '../kb/articleEvents';
import { kbText } from '../../data/text';

/** The hint of a covered site: the entity's own line, or nothing if it has none. */
export function siteHintContent(
  entity: Entity,
  site: string,
  lang: Language,
): HintContent | undefined {
  if (entity.hint === undefined) return undefined;
  return {
    lang,
    site,
    entityIds: [entity.id],
    title: kbText(entity.name, lang),
    line: kbText(entity.hint, lang),
    ...(entity.hintEvents?.[0] !== undefined ? { eventId: entity.hintEvents[0] } : {}),
  };
}

/** Events about the most of these entities first, then the most recent. */
export function relatedEvents(entityIds: readonly string[], events: readonly Event[]): Event[] {
  const wanted = new Set(entityIds);
  return events
    .map((event) => ({ event, overlap: event.entities.filter((id) => wanted.has(id)).length }))
    .filter(({ overlap }) => overlap > 0)
    .sort(
      (a, b) =>
        b.overlap - a.overlap ||
        b.event.date.start.localeCompare(a.event.date.start) ||
        a.event.id.localeCompare(b.event.id),
    )
    .map(({ event }) => event);
}

/**
 * The hint of a news article: which entities it is about and the one event it is about
 * (articleEvents: the headline, from the tab's `title`, and the entities decide), which "More"
 * opens. One event, not a list: the second best was most often a side event.
 */
export function articleHintContent(
  entityIds: readonly string[],
  site: string,
  lang: Language,
  kb: { entities: readonly Entity[]; events: readonly Event[] },
  title = '',
): HintContent | undefined {
  const byId = new Map(kb.entities.map((entity) => [entity.id, entity]));
  // Only real, non-outlet entities: the ids come from a content script and are merely well-formed.
  const known = [...new Set(entityIds)].flatMap((id) => {
    const entity = byId.get(id);
    return entity !== undefined && entity.kind !== 'news' ? [entity] : [];
  });
  if (known.length === 0) return undefined;
  const strings = hintBackgroundStrings[lang];
  const related = articleEvents(
    known.map((e) => e.id),
    title,
    kb.events,
  ).slice(0, 1);
  const names = known
    .slice(0, 3)
    .map((e) => kbText(e.name, lang))
    .join(strings.listSeparator);
  const first = related[0];
  return {
    lang,
    site,
    entityIds: known.map((e) => e.id),
    title: fill(strings.articleTitle, { names }),
    line:
      related.length > 0
        ? fill(strings.articleLine, {
            events: related.map((e) => kbText(e.title, lang)).join(strings.eventSeparator),
          })
        : known[0]
          ? kbText(known[0].description, lang)
          : '',
    ...(first !== undefined ? { eventId: first.id } : {}),
  };
}

export interface ShowInput {
  settings: Pick<Settings, 'hintsEnabled' | 'hintFrequency'>;
  switches: SiteSwitches;
  /** Sites already shown this browser session. */
  shown: Readonly<Record<string, true>>;
  site: string;
  /** The hint is on screen already (settings change, SPA navigation): the visit was counted. */
  visible: boolean;
}

export function shouldShow({ settings, switches, shown, site, visible }: ShowInput): boolean {
  if (!settings.hintsEnabled || switches[site] === false) return false;
  switch (settings.hintFrequency) {
    case 'never':
      return false;
    case 'every-page':
      return true;
    case 'once-per-session':
      return visible || shown[site] !== true;
  }
}
