import { useEffect, useState } from 'preact/hooks';
import {
  getSiteSwitches,
  parseSiteSwitches,
  siteSwitchesItem,
  type SiteSwitches,
} from '../../lib/platform/storage/sites';

/** Per-site hint switches, live (a change in the options page shows in an open popup). */
export function useSiteSwitches(): SiteSwitches | undefined {
  const [switches, setSwitches] = useState<SiteSwitches | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void getSiteSwitches().then((value) => alive && setSwitches(value));
    const unwatch = siteSwitchesItem.watch((value) => setSwitches(parseSiteSwitches(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return switches;
}
