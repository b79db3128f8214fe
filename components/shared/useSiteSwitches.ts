import { useEffect, useState } from 'preact/hooks';
import {
  getSiteSwitches,
  sanitizeSiteSwitches,
  siteSwitchesItem,
  type SiteSwitches,
} from '../../lib/platform/storage';

/** Per-site hint switches, live (a change in the options page shows in an open popup). */
export function useSiteSwitches(): SiteSwitches | undefined {
  const [switches, setSwitches] = useState<SiteSwitches | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void getSiteSwitches().then((value) => alive && setSwitches(value));
    const unwatch = siteSwitchesItem.watch((value) => setSwitches(sanitizeSiteSwitches(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return switches;
}
