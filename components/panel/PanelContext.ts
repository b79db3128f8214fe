/**
 * The side panel's small store: language, strings, the knowledge base, the timeline's filters and
 * the event to bring into view. App owns the state; components read it through usePanel() and
 * useTimelineState().
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Era } from '../../data/schema';
import type { Language } from '../../data/schema';
import { panelStrings } from '../../lib/platform/i18n/strings/panel';
import { kb as defaultKb, type Kb } from '../../lib/kb/catalog';

export interface TimelineFilters {
  query: string;
  /** Entity id, '' for all. */
  entity: string;
  /** '' for all eras. */
  era: Era | '';
}

export const NO_FILTERS: TimelineFilters = { query: '', entity: '', era: '' };

/** What changes only with the language: most components read only this. */
export interface PanelState {
  lang: Language;
  t: (typeof panelStrings)['en'];
  kb: Kb;
  setFilters(patch: Partial<TimelineFilters>): void;
  /** Shows the event (clearing filters that hide it), then scrolls to it and focuses it. */
  showEvent(id: string): void;
}

/**
 * What changes on every keystroke, in a context of its own so that a search re-renders the
 * timeline and nothing else.
 */
export interface TimelineState {
  filters: TimelineFilters;
  /**
   * Where the timeline should move focus: an event, or its heading when `event` is undefined.
   * A new `nonce` is a new request, even for the same event.
   */
  focus: { event?: string; nonce: number } | undefined;
}

export const PanelContext = createContext<PanelState>({
  lang: 'en',
  t: panelStrings.en,
  kb: defaultKb,
  setFilters: () => undefined,
  showEvent: () => undefined,
});

export const TimelineContext = createContext<TimelineState>({
  filters: NO_FILTERS,
  focus: undefined,
});

export function usePanel(): PanelState {
  return useContext(PanelContext);
}

export function useTimelineState(): TimelineState {
  return useContext(TimelineContext);
}
