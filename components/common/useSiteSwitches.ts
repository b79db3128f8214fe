import {
  parseSiteSwitches,
  siteSwitchesItem,
  type SiteSwitches,
} from '../../lib/platform/storage/sites';
import { useStorageItem } from './useStorageItem';

/** Per-site hint switches, live (a change in the options page shows in an open popup). */
export function useSiteSwitches(): SiteSwitches | undefined {
  return useStorageItem(siteSwitchesItem, parseSiteSwitches);
}
