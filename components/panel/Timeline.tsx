import { useEffect, useMemo, useState } from 'preact/hooks';
import { fill } from '../../lib/platform/i18n/i18n';
import { EntityChip } from './EntityChip';
import { EventCard, eventElementId } from './EventCard';
import { eraLabel } from './labels';
import { usePanel, useTimelineState } from './PanelContext';
import { TimelineFilters } from './TimelineFilters';
import { groupByEra, timelineView, type EraGroup } from './timelineModel';

const NEXT: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
/**
 * Events rendered before the first paint; the rest follow in the next task. The whole timeline
 * is thousands of nodes, and laying it all out first would delay the panel's first paint past
 * its budget (bench/panel.bench.ts) for cards nobody can see yet.
 */
const FIRST_PAINT_EVENTS = 6;

/** All events by era, filtered and searched, with one roving tab stop moved by the arrow keys. */
export function Timeline() {
  const { kb, t } = usePanel();
  const { filters, focus } = useTimelineState();
  const [complete, setComplete] = useState(false);
  const view = useMemo(() => timelineView(kb, filters), [kb, filters]);
  const shown = useMemo(
    () => new Set(view.groups.flatMap((group) => group.events.map((event) => event.id))),
    [view],
  );
  // Every event stays in the DOM and filtering only hides cards, so a keystroke toggles
  // attributes instead of building and tearing down cards (bench/panel.bench.ts).
  const all = useMemo(() => groupByEra(kb.events), [kb]);
  const rendered = complete ? all : truncated(all, FIRST_PAINT_EVENTS);
  const ranked = view.ranked;
  const ids =
    ranked !== undefined
      ? ranked.map((event) => event.id)
      : rendered.flatMap((group) =>
          group.events.filter((event) => shown.has(event.id)).map((event) => event.id),
        );

  useEffect(() => {
    // requestAnimationFrame runs just before the first paint; the timeout lands just after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setComplete(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const stop = current !== undefined && ids.includes(current) ? current : ids[0];

  /**
   * Focuses a card and brings its title to the top of the view, below the sticky headings (the
   * page's scroll-padding-top and the card's scroll-margin-top). Cards skip layout until near the
   * view (content-visibility: auto), so the heights above a far card are 240 px placeholders and
   * one scrollIntoView lands thousands of pixels off once they lay out. For the jump every card
   * is laid out ([data-jump] in the panel's style.css), and two frames later, once the browser
   * has remembered their real heights (contain-intrinsic-size: auto), they skip layout again.
   */
  const focusCard = (id: string) => {
    setCurrent(id);
    const element = document.getElementById(eventElementId(id));
    const timeline = element?.closest('.timeline');
    if (!element || !timeline) return;
    element.focus({ preventScroll: true });
    timeline.setAttribute('data-jump', '');
    element.scrollIntoView({ block: 'start' });
    requestAnimationFrame(() => requestAnimationFrame(() => timeline.removeAttribute('data-jump')));
  };

  useEffect(() => {
    if (!focus) return;
    if (!complete) {
      // The event may not be rendered yet: render everything, then this runs again.
      setComplete(true);
      return;
    }
    if (focus.event !== undefined && ids.includes(focus.event)) focusCard(focus.event);
    else document.getElementById('timeline-heading')?.focus();
    // Only a new request moves focus; later filtering must not pull it back.
  }, [focus, complete]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (!target?.classList.contains('event')) return;
    const at = ids.indexOf(target.dataset.event ?? '');
    let next: string | undefined;
    if (event.key in NEXT) next = ids[at + (NEXT[event.key] ?? 0)];
    else if (event.key === 'Home') next = ids[0];
    else if (event.key === 'End') next = ids[ids.length - 1];
    else return;
    event.preventDefault();
    if (next !== undefined) focusCard(next);
  };

  return (
    <section id="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" tabIndex={-1}>
        {t.timeline}
      </h2>
      <TimelineFilters />
      <p class="result-count" role="status" aria-live="polite">
        {view.count === 0
          ? t.noResults
          : view.count === 1
            ? t.resultsOne
            : fill(t.results, { count: view.count })}
      </p>
      {view.entityHits.length > 0 && (
        <div class="entity-hits">
          <p class="entity-hits-label">{t.matchingEntities}</p>
          <div class="chips">
            {view.entityHits.map((entity) => (
              <EntityChip key={entity.id} id={entity.id} active={entity.id === filters.entity} />
            ))}
          </div>
        </div>
      )}
      <p class="hint-text">{t.timelineHint}</p>
      <div
        class="timeline"
        data-complete={complete}
        onKeyDown={onKeyDown}
        onFocusIn={(event) => {
          const id = (event.target as HTMLElement | null)?.closest<HTMLElement>('.event')?.dataset
            .event;
          if (id !== undefined && id !== current) setCurrent(id);
        }}
      >
        {ranked !== undefined && (
          // Search results, best match first. Their cards live here while the search lasts, and
          // the timeline below keeps every other card, hidden, for when the search is cleared.
          <section class="era ranked" aria-labelledby="ranked-heading">
            <h3 id="ranked-heading" class="visually-hidden">
              {t.bestMatches}
            </h3>
            <ol class="events">
              {ranked.map((event) => (
                <li key={event.id}>
                  <EventCard
                    event={event}
                    query={filters.query}
                    tabStop={event.id === stop}
                    entityFilter={filters.entity}
                  />
                </li>
              ))}
            </ol>
          </section>
        )}
        {rendered.map((group) => (
          <section
            key={group.era}
            class="era"
            aria-labelledby={`era-${group.era}`}
            hidden={ranked !== undefined || !group.events.some((event) => shown.has(event.id))}
          >
            <h3 id={`era-${group.era}`}>{eraLabel(group.era, t)}</h3>
            <ol class="events">
              {group.events.map((event) => {
                const visible = ranked === undefined && shown.has(event.id);
                return (
                  <li key={event.id} hidden={!visible}>
                    {/* A card shown among the search results is not also kept here: one id each. */}
                    {ranked !== undefined && shown.has(event.id) ? null : (
                      <EventCard
                        event={event}
                        // Hidden cards keep a constant query so that they skip re-rendering.
                        query={visible ? filters.query : ''}
                        tabStop={event.id === stop}
                        entityFilter={filters.entity}
                      />
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}

function truncated(groups: readonly EraGroup[], limit: number): EraGroup[] {
  let left = limit;
  const out: EraGroup[] = [];
  for (const group of groups) {
    if (left <= 0) break;
    out.push({ era: group.era, events: group.events.slice(0, left) });
    left -= group.events.length;
  }
  return out;
}
