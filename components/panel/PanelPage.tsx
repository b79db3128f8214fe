import { memo } from './memo';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { useLanguage } from '../common/useSettings';
import { About } from './About';
import { InterconnectionMap } from './InterconnectionMap';
import { kb } from '../../lib/kb/catalog';
import {
  NO_FILTERS,
  PanelContext,
  TimelineContext,
  type PanelState,
  type TimelineFilters,
  type TimelineState,
} from './PanelContext';
import { PanelHeader } from './PanelHeader';
import { ThisSite } from './ThisSite';
import { Timeline } from './Timeline';
import { isVisible } from './timelineModel';
import { usePanelFocus } from './usePanelFocus';
import { useSiteTab } from './useSiteTab';
import type { FocusRequest } from '../../lib/panel/deepLink';
import { panelStrings } from '../../lib/platform/i18n/strings/panel';

// Sections that do not depend on the timeline's filters skip the re-render on each keystroke.
const StaticHeader = memo(PanelHeader);
const StaticSite = memo(ThisSite);
const StaticMap = memo(InterconnectionMap);
const StaticAbout = memo(About);

export function PanelPage() {
  const lang = useLanguage();
  const site = useSiteTab();
  const [filters, setFilterState] = useState<TimelineFilters>(NO_FILTERS);
  const [focus, setFocus] = useState<TimelineState['focus']>(undefined);
  const nonce = useRef(0);

  const showEvent = useCallback((id: string) => {
    if (!kb.event(id)) return;
    setFilterState((prev) => (isVisible(kb, prev, id) ? prev : NO_FILTERS));
    setFocus({ event: id, nonce: ++nonce.current });
  }, []);

  const apply = useCallback(
    (request: FocusRequest) => {
      if (request.event !== undefined && kb.event(request.event)) {
        showEvent(request.event);
        return;
      }
      const entity =
        request.entity !== undefined && kb.entity(request.entity) ? request.entity : '';
      if (entity === '' && request.query === undefined) return;
      setFilterState({ ...NO_FILTERS, entity, query: request.query ?? '' });
      setFocus({ nonce: ++nonce.current });
    },
    [showEvent],
  );
  usePanelFocus(apply);

  const t = panelStrings[lang];
  const setFilters = useCallback(
    (patch: Partial<TimelineFilters>) => setFilterState((prev) => ({ ...prev, ...patch })),
    [],
  );
  const state = useMemo<PanelState>(
    () => ({ lang, t, kb, setFilters, showEvent }),
    [lang, t, setFilters, showEvent],
  );
  const timeline = useMemo<TimelineState>(() => ({ filters, focus }), [filters, focus]);

  return (
    <PanelContext.Provider value={state}>
      <StaticHeader />
      <main>
        <StaticSite loaded={site.loaded} url={site.url} />
        <TimelineContext.Provider value={timeline}>
          <Timeline />
        </TimelineContext.Provider>
        <StaticMap />
        <StaticAbout />
      </main>
    </PanelContext.Provider>
  );
}
