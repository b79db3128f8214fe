/** Renders side panel components inside their providers, with a fixture knowledge base. */
import type { ComponentChildren } from 'preact';
import { render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import type { Capability, Entity, Event, Source } from '../../../data/schema';
import { createKb, type Kb } from '../../../lib/kb/catalog';
import {
  NO_FILTERS,
  PanelContext,
  TimelineContext,
  type TimelineFilters,
  type TimelineState,
} from '../../../components/panel/PanelContext';
import type { Language } from '../../../data/schema';
import { panelStrings } from '../../../lib/platform/i18n/strings/panel';

const bi = (en: string, zh: string) => ({ en, zh });

export const fixtureEntities: Entity[] = [
  {
    id: 'alibaba',
    kind: 'company',
    name: bi('Alibaba Group', '阿里巴巴集团'),
    aliases: ['Alibaba'],
    description: bi('A holding company.', '一家控股公司。'),
    domains: ['alibaba.com'],
  },
  {
    id: 'taobao',
    kind: 'platform',
    name: bi('Taobao', '淘宝'),
    aliases: ['taobao.com'],
    parent: 'alibaba',
    description: bi('A shopping platform.', '一个购物平台。'),
    role: bi('Where WeChat Pay arrived.', '微信支付接入的平台。'),
    domains: ['taobao.com'],
  },
  {
    id: 'wechat-pay',
    kind: 'service',
    name: bi('WeChat Pay', '微信支付'),
    aliases: [],
    description: bi('A payment service.', '一种支付服务。'),
    domains: [],
  },
  {
    id: 'sf-express',
    kind: 'company',
    name: bi('SF Express', '顺丰速运'),
    aliases: [],
    description: bi('A courier.', '一家快递公司。'),
    domains: ['sf-express.com'],
  },
  {
    id: 'cainiao',
    kind: 'company',
    name: bi('Cainiao', '菜鸟'),
    aliases: [],
    parent: 'alibaba',
    description: bi('A logistics network.', '一个物流网络。'),
    domains: [],
  },
];

export const fixtureSources: Source[] = [
  {
    id: 'src-linked',
    publisher: 'Reuters',
    title: 'Alibaba lets WeChat Pay in',
    titleKind: 'headline',
    date: '2024-09',
    lang: 'en',
    url: 'https://www.reuters.com/x',
  },
  {
    id: 'src-plain',
    publisher: '南方都市报',
    title: '顺丰菜鸟之争',
    titleKind: 'description',
    date: '2017-06-02',
    lang: 'zh',
  },
];

export const fixtureEvents: Event[] = [
  {
    id: 'dispute',
    ref: 'B1',
    date: { start: '2017-06-01', time: '00:00' },
    era: 'dispute-2017',
    title: bi('Cainiao and SF Express cut data links', '菜鸟与顺丰互相关闭数据接口'),
    summary: bi('Each side blamed the other. <b>not bold</b>', '双方互相指责。'),
    claims: [
      { party: 'cainiao', text: bi('SF closed the interface first.', '顺丰先关闭了接口。') },
      { party: 'sf-express', text: bi('Cainiao asked for data.', '菜鸟索要数据。') },
    ],
    entities: ['cainiao', 'sf-express'],
    sources: ['src-plain'],
    confidence: 'high',
  },
  {
    id: 'wechat-pay-taobao',
    ref: 'C1',
    date: { start: '2024-09' },
    era: 'interconnection',
    title: bi('Taobao accepts WeChat Pay', '淘宝接入微信支付'),
    summary: bi('WeChat Pay became available on Taobao.', '淘宝全面支持微信支付。'),
    entities: ['taobao', 'wechat-pay'],
    sources: ['src-linked'],
    confidence: 'medium',
  },
  {
    id: 'rumour',
    ref: 'D1',
    date: { start: '2025' },
    era: 'reports-2025',
    title: bi('A reported plan', '一项传闻中的计划'),
    summary: bi('Press reports, not confirmed.', '媒体报道，尚未证实。'),
    entities: ['taobao'],
    sources: ['src-linked'],
    confidence: 'low',
    report: true,
  },
];

export const fixtureCapabilities: Capability[] = [
  {
    id: 'wechat-pay-on-taobao',
    category: 'payments',
    name: bi('WeChat Pay on Taobao', '淘宝支持微信支付'),
    provider: 'wechat-pay',
    platform: 'taobao',
    timeline: [{ status: 'available', since: '2024-09', event: 'wechat-pay-taobao' }],
  },
  {
    id: 'sf-on-cainiao',
    category: 'logistics',
    name: bi('SF data on Cainiao', '顺丰数据接入菜鸟'),
    provider: 'sf-express',
    platform: 'cainiao',
    timeline: [{ status: 'blocked', since: '2017-06-01', event: 'dispute' }],
  },
  {
    id: 'cainiao-on-taobao',
    category: 'links',
    name: bi('Cainiao links on Taobao', '淘宝打开菜鸟链接'),
    provider: 'cainiao',
    platform: 'taobao',
    timeline: [
      { status: 'blocked', since: '2017-06-01', event: 'dispute' },
      { status: 'partial', since: '2024-09', event: 'wechat-pay-taobao' },
      { status: 'partial', since: '2025', event: 'rumour' },
    ],
  },
];

export const fixtureKb: Kb = createKb({
  entities: fixtureEntities,
  events: fixtureEvents,
  sources: fixtureSources,
  capabilities: fixtureCapabilities,
  meta: { version: '1.2.3', asOf: '2026-11-01' },
});

export interface Harness {
  showEvent: string[];
}

/** Renders `children` with a working store; `harness.showEvent` records showEvent calls. */
export function renderPanel(
  children: ComponentChildren,
  options: { lang?: Language; filters?: Partial<TimelineFilters> } = {},
) {
  const harness: Harness = { showEvent: [] };
  const lang = options.lang ?? 'en';
  function Store() {
    const [filters, setFilterState] = useState<TimelineFilters>({
      ...NO_FILTERS,
      ...options.filters,
    });
    const [focus, setFocus] = useState<TimelineState['focus']>(undefined);
    return (
      <PanelContext.Provider
        value={{
          lang,
          t: panelStrings[lang],
          kb: fixtureKb,
          setFilters: (patch) => setFilterState((prev) => ({ ...prev, ...patch })),
          showEvent: (id) => {
            harness.showEvent.push(id);
            setFocus((prev) => ({ event: id, nonce: (prev?.nonce ?? 0) + 1 }));
          },
        }}
      >
        <TimelineContext.Provider value={{ filters, focus }}>{children}</TimelineContext.Provider>
      </PanelContext.Provider>
    );
  }
  return { ...render(<Store />), harness };
}
