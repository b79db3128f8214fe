import { defineStrings } from '../i18n';
import hantCommon from '../../../../data/generated/hant.common.json';

export const common = /* @__PURE__ */ defineStrings(
  {
    en: {
      appName: 'Hutong',
      tagline: 'Context on China’s platform interconnection',
      noEntry: 'No entry for this site',
      openPanel: 'Open side panel',
      settings: 'Settings',
    },
    zh: {
      appName: '互通',
      tagline: '中国平台互联互通的来龙去脉',
      noEntry: '本站暂无条目',
      openPanel: '打开侧边栏',
      settings: '设置',
    },
  },
  hantCommon,
);
