/**
 * Strings of the in-page hint. Two tables so that content scripts, which must stay small, bundle
 * only the lines they show; what the background says (article lines, toolbar title) is apart.
 */
import { defineStrings } from '../i18n';
import hantHintStrings from '../../../../data/generated/hant.hintStrings.json';
import hantHintBackgroundStrings from '../../../../data/generated/hant.hintBackgroundStrings.json';

/**
 * Shown by the hint itself. The background sends the page's language's table with its answer
 * (PageContext.look), so that the page scripts bundle none of it.
 */
export const hintStrings = /* @__PURE__ */ defineStrings(
  {
    en: {
      region: 'Hutong: context for this page',
      brand: 'Hutong',
      more: 'More',
      notNow: 'Not now',
      hideSite: 'Hide on this site',
      close: 'Close',
      expand: 'Hutong: context for this page. Show',
      hidden: 'Hints hidden on {site}',
      undo: 'Undo',
      undoFailed: "Could not undo. Turn the site back on in Hutong's settings.",
      moreFailed: 'Could not open the side panel. Click the Hutong icon in the toolbar instead.',
      hideFailed:
        'Could not save "Hide on this site": the browser refused to store it (storage may be full). Free space by clearing history in Hutong\'s settings.',
    },
    zh: {
      region: '互通：本页的背景信息',
      brand: '互通',
      more: '详情',
      notNow: '暂不',
      hideSite: '在本站隐藏',
      close: '关闭',
      expand: '互通：本页的背景信息。展开',
      hidden: '已在 {site} 隐藏提示',
      undo: '撤销',
      undoFailed: '未能撤销，请在互通设置中重新打开本站的提示。',
      moreFailed: '无法打开侧边栏，请点击工具栏中的互通图标。',
      hideFailed:
        '未能保存“在本站隐藏”：浏览器拒绝写入（存储空间可能已满）。可在互通设置中清除历史记录以腾出空间。',
    },
  },
  hantHintStrings,
);

export type HintStrings = (typeof hintStrings)['en'];

/** Written by the background: what an article is about, and the toolbar icon's title. */
export const hintBackgroundStrings = /* @__PURE__ */ defineStrings(
  {
    en: {
      articleTitle: 'This article is about {names}',
      articleLine: 'Related: {events}',
      listSeparator: ', ',
      eventSeparator: '; ',
      badgeContext: 'Hutong has context for this page',
      badgeContextHidden: 'Hutong has context for this page (in-page hints are off here)',
      badgeNone: 'Hutong: no context for this page',
    },
    zh: {
      articleTitle: '本文涉及{names}',
      articleLine: '相关事件：{events}',
      listSeparator: '、',
      eventSeparator: '；',
      badgeContext: '互通有本页的背景信息',
      badgeContextHidden: '互通有本页的背景信息（本站已关闭页内提示）',
      badgeNone: '互通：本页暂无背景信息',
    },
  },
  hantHintBackgroundStrings,
);
