import { memo } from './memo';
import type { Event } from '../../data/schema';
import { fill } from '../../lib/platform/i18n/i18n';
import { formatDateSpan, machineDate } from '../../lib/kb/dates';
import { Claims } from './Claims';
import { EntityChips } from './EntityChips';
import { Highlight, markRanges } from './Highlight';
import { SourceList } from './SourceList';
import { usePanel } from './PanelContext';
import { kbText } from '../../data/text';
import type { Language } from '../../data/schema';

export interface EventCardProps {
  event: Event;
  query: string;
  /** Whether Tab lands on this card (the timeline's roving tab stop). */
  tabStop: boolean;
  /** The entity the timeline is filtered to ('' for none), to show its chip as pressed. */
  entityFilter: string;
}

export function eventElementId(id: string): string {
  return `event-${id}`;
}

/** When the query matches only the other language's text, that text is shown too, marked. */
function otherLanguageMatch(event: Event, query: string, lang: Language): string | undefined {
  if (query.trim() === '') return undefined;
  // Traditional is the same language as Simplified (search folds one into the other): English is
  // its other language.
  const other = lang === 'en' ? 'zh' : 'en';
  const texts = (l: Language) => [
    kbText(event.title, l),
    kbText(event.summary, l),
    ...(event.claims ?? []).map((c) => kbText(c.text, l)),
  ];
  const marked = (text: string) => markRanges(text, query).length > 0;
  if (texts(lang).some(marked)) return undefined;
  return texts(other).find(marked);
}

function EventCardView({ event, query, tabStop, entityFilter }: EventCardProps) {
  const { lang, t } = usePanel();
  const id = eventElementId(event.id);
  const other = otherLanguageMatch(event, query, lang);
  const otherLang = lang === 'en' ? 'zh' : 'en';
  return (
    <article
      id={id}
      class="event"
      tabIndex={tabStop ? 0 : -1}
      aria-labelledby={`${id}-title`}
      data-event={event.id}
    >
      <div class="event-meta">
        <time dateTime={machineDate(event.date)}>{formatDateSpan(event.date, lang)}</time>
        {event.confidence !== 'high' && (
          <span class={`label label-${event.confidence}`} data-label="confidence">
            {event.confidence === 'medium' ? t.confidenceMedium : t.confidenceLow}
          </span>
        )}
        {event.report && (
          <span class="label label-report" data-label="report">
            {t.report}
          </span>
        )}
      </div>
      <h4 id={`${id}-title`}>
        <Highlight text={kbText(event.title, lang)} query={query} />
      </h4>
      <p>
        <Highlight text={kbText(event.summary, lang)} query={query} />
      </p>
      {other !== undefined && (
        <p class="other-match">
          {fill(t.matchIn, { language: otherLang === 'zh' ? t.languageZh : t.languageEn })}{' '}
          <span lang={otherLang === 'zh' ? 'zh-CN' : 'en'}>
            <Highlight text={other} query={query} />
          </span>
        </p>
      )}
      {event.date.note && (
        <details class="date-note">
          <summary>{t.dateNote}</summary>
          <p>{kbText(event.date.note, lang)}</p>
        </details>
      )}
      {event.claims && <Claims claims={event.claims} query={query} />}
      <EntityChips ids={event.entities} active={entityFilter} />
      <SourceList ids={event.sources} />
    </article>
  );
}

/** Cards only re-render when their own inputs change, which keeps each keystroke cheap. */
export const EventCard = memo(EventCardView);
