/** The single writer of history (issue 6). */
import type { Handler } from './router';

export const historyHandlers: {
  'hint:shown': Handler<'hint:shown'>;
  'history:delete': Handler<'history:delete'>;
  'history:clear': Handler<'history:clear'>;
} = {
  'hint:shown': async () => ({ recorded: false }),
  'history:delete': async () => ({ ok: true }),
  'history:clear': async () => ({ ok: true }),
};
