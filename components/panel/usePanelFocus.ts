import { useEffect } from 'preact/hooks';
import { panelFocusItem } from '../../lib/platform/storage/session';
import { parseHash, storedRequest, type FocusRequest } from '../../lib/panel/deepLink';

/**
 * Calls `apply` for each request to focus something: the page's address on load and on hash
 * changes, and panelFocusItem now and whenever it is set while the panel is open (the hint's
 * "More" on another page, the context menu). Stored requests expire by age (./deepLink.ts)
 * rather than being removed, so that several panels (one per window) can all read one.
 */
export function usePanelFocus(apply: (request: FocusRequest) => void): void {
  useEffect(() => {
    let alive = true;
    const fromHash = () => {
      const request = parseHash(location.hash);
      if (request) apply(request);
    };
    const fromStorage = (value: unknown) => {
      const request = storedRequest(value, Date.now());
      if (!alive || !request) return;
      apply(request);
    };
    fromHash();
    void panelFocusItem.getValue().then(fromStorage, () => undefined);
    const unwatch = panelFocusItem.watch(fromStorage);
    addEventListener('hashchange', fromHash);
    return () => {
      alive = false;
      unwatch();
      removeEventListener('hashchange', fromHash);
    };
  }, [apply]);
}
