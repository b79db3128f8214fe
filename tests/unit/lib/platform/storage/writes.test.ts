/** The write lock: changes run one after another, and a failed one does not hold up the next. */
import { describe, expect, it } from 'vitest';
import { writeInTurn } from '../../../../../lib/platform/storage/writes';

describe('writeInTurn', () => {
  it('runs changes one after another, in the order they were asked for', async () => {
    const log: string[] = [];
    const change = (name: string, ms: number) =>
      writeInTurn(async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`${name} end`);
        return name;
      });
    expect(await Promise.all([change('a', 20), change('b', 0), change('c', 5)])).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('passes a failure to its caller and goes on with the next change', async () => {
    const failed = writeInTurn(() => Promise.reject(new Error('quota')));
    const next = writeInTurn(async () => 'next');
    await expect(failed).rejects.toThrow('quota');
    expect(await next).toBe('next');
  });
});
