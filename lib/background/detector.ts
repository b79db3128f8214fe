/** The opt-in "on any site" article detector (issue 4). */
import type { Handler } from './router';

export const detectorHandlers: { 'detector:sync': Handler<'detector:sync'> } = {
  'detector:sync': async () => ({ registered: false }),
};
