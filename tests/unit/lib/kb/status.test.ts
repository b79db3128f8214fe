/** Status chips say what was last reported and when; the freshness date is the newest confirmed fact. */
import { describe, expect, it } from 'vitest';
import type { Capability, Event } from '../../../../data/schema';
import { capabilities, events } from '../../../../data';
import { newestConfirmedDate, reportedStatus } from '../../../../lib/kb/status';

const bi = (en: string) => ({ en, zh: en });
const cap = (timeline: Capability['timeline']): Capability => ({
  id: 'c',
  category: 'payments',
  name: bi('C'),
  provider: 'a',
  platform: 'b',
  timeline,
});
const ev = (id: string, start: string, extra: Partial<Event> = {}): Event => ({
  id,
  ref: 'C1',
  date: { start },
  era: 'interconnection',
  title: bi(id),
  summary: bi(id),
  entities: ['a'],
  sources: ['s'],
  confidence: 'high',
  ...extra,
});

describe('reportedStatus', () => {
  it('dates an available status from the first report of the run that ends the timeline', () => {
    const reported = reportedStatus(
      cap([
        { status: 'blocked', since: '2013-07', event: 'e1' },
        { status: 'available', since: '2023-09-25', event: 'e2' },
        { status: 'available', since: '2024-05', event: 'e3' },
      ]),
    );
    expect(reported).toEqual({
      status: 'available',
      kind: 'since',
      date: '2023-09-25',
      event: 'e3',
    });
  });

  it('dates a partial status by its newest report ("last reported")', () => {
    const reported = reportedStatus(
      cap([
        { status: 'partial', since: '2024-10', event: 'e1' },
        { status: 'partial', since: '2025-01', event: 'e2' },
      ]),
    );
    expect(reported).toEqual({
      status: 'partial',
      kind: 'last-reported',
      date: '2025-01',
      event: 'e2',
    });
  });

  it('says Alipay on JD.com was last reported partial in January 2025', () => {
    const alipay = capabilities.find((c) => c.id === 'alipay-on-jd');
    expect(alipay && reportedStatus(alipay)).toMatchObject({
      status: 'partial',
      kind: 'last-reported',
      date: '2025-01',
    });
  });

  it('says WeChat Pay on Taobao has been available since 27 September 2024, and on Tmall only partial', () => {
    const taobao = capabilities.find((c) => c.id === 'wechat-pay-on-taobao');
    const tmall = capabilities.find((c) => c.id === 'wechat-pay-on-tmall');
    expect(taobao && reportedStatus(taobao)).toMatchObject({
      status: 'available',
      kind: 'since',
      date: '2024-09-27',
    });
    expect(tmall && reportedStatus(tmall)).toMatchObject({ status: 'partial' });
  });
});

describe('newestConfirmedDate', () => {
  it('skips reports and low-confidence events, and compares partial dates by the days they cover', () => {
    expect(
      newestConfirmedDate([
        ev('a', '2024-10-16'),
        ev('b', '2024-10'),
        ev('c', '2025-09', { report: true, confidence: 'low' }),
        ev('d', '2025-01', { confidence: 'low', report: true }),
      ]),
    ).toBe('2024-10');
  });

  it('uses the end of a range', () => {
    expect(
      newestConfirmedDate([
        ev('a', '2024-09-05', { date: { start: '2024-09-05', end: '2024-09-12' } }),
      ]),
    ).toBe('2024-09-12');
  });

  it('is the revised Anti-Unfair Competition Law taking effect for the bundled data', () => {
    expect(newestConfirmedDate(events)).toBe('2025-10-15');
  });
});
