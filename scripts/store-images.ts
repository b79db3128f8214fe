// `npm run store-images`: the store listing's images, from the built extension in Chromium (the
// same harness as the end-to-end suite, on the local test server). Writes docs/store/:
//   en/1-hint.png, en/2-panel.png, en/3-popup.png   1280 × 800 screenshots, English
//   zh_CN/…                                         the same in Simplified Chinese
//   tile-440x280.png                                the small promotional tile
// Each screenshot is a real capture of Hutong placed on a plain stage with a caption.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PwPage } from '@playwright/test';
import { OUT_DIR, ROOT, type ExtensionHarness } from '../tests/e2e/support/harness';
import { launchWithExtension } from '../tests/e2e/support/launch';
import { PANEL_READY } from '../tests/e2e/support/panelPage';
import { startServer } from '../tests/e2e/support/server';

type Lang = 'en' | 'zh';
const STORE = join(ROOT, 'docs', 'store');

const CAPTIONS: Record<Lang, [title: string, line: string][]> = {
  en: [
    [
      'Context where you shop',
      'One line on the sites in the story: what changed between the platforms, and when.',
    ],
    [
      'A cited, bilingual timeline',
      'From the 2017 parcel-data dispute to the 2021–2024 openings, every event with its sources.',
    ],
    [
      'Your switches, your history',
      'Hints on or off per site. History stays on this device: see, export or clear it.',
    ],
  ],
  zh: [
    ['在你购物的地方看到背景', '在相关网站上显示一行提示：平台之间发生了什么变化，何时变化。'],
    ['有出处的双语时间线', '从 2017 年的快递数据纠纷到 2021–2024 年的互联互通，每个事件都附出处。'],
    ['开关和历史记录由你掌控', '按网站开关提示。历史记录只保存在这台设备上：可查看、导出或清除。'],
  ],
};

const FONT =
  "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

function dataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** A 1280 × 800 stage: the caption on the left, the capture on the right. */
function stage(title: string, line: string, capture: Buffer, width: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; }
    body { display: flex; align-items: center; gap: 56px; padding: 0 64px; box-sizing: border-box;
      background: linear-gradient(135deg, #0f766e, #134e4a); color: #fff; font-family: ${FONT}; }
    .caption { flex: 1; }
    h1 { font-size: 44px; line-height: 1.2; margin: 0 0 20px; }
    p { font-size: 22px; line-height: 1.5; margin: 0; opacity: 0.92; }
    img { width: ${width}px; border-radius: 12px; box-shadow: 0 20px 60px rgb(0 0 0 / 0.35); }
  </style></head><body><div class="caption"><h1>${title}</h1><p>${line}</p></div>
  <img src="${dataUrl(capture)}" alt=""></body></html>`;
}

async function render(hutong: ExtensionHarness, html: string, path: string, w: number, h: number) {
  const page = await hutong.newPage();
  const raw = page.raw as PwPage;
  await raw.setViewportSize({ width: w, height: h });
  await raw.setContent(html, { waitUntil: 'load' });
  await raw.screenshot({ path });
  await page.close();
}

async function setLanguage(hutong: ExtensionHarness, language: Lang) {
  await hutong.inExtension(
    (lang) =>
      extensionApi().storage.local.set({
        settings: {
          hintsEnabled: true,
          hintFrequency: 'every-page',
          language: lang,
          historyEnabled: true,
          historyCap: 5000,
          anySiteDetection: false,
        },
        settings$: { v: 2 },
      }),
    language,
  );
}

/** A plain, brand-free shop page around the hint, so the capture looks like real use. */
function dressAsShop(): void {
  for (const node of [...document.body.children]) {
    if (node.tagName !== 'HUTONG-HINT') node.remove();
  }
  const shop = document.createElement('div');
  shop.style.cssText = 'font-family: sans-serif; color: #333';
  const bar = document.createElement('div');
  bar.style.cssText = 'height: 64px; background: #f4f4f4; border-bottom: 1px solid #ddd';
  const grid = document.createElement('div');
  grid.style.cssText =
    'display: grid; grid-template-columns: repeat(4, 1fr); gap: 24px; padding: 32px 48px';
  for (let i = 0; i < 8; i++) {
    const card = document.createElement('div');
    const picture = document.createElement('div');
    picture.style.cssText = 'height: 200px; background: #e9ecef; border-radius: 8px';
    const price = document.createElement('p');
    price.textContent = `¥ ${(39 + i * 17).toFixed(2)}`;
    price.style.cssText = 'color: #c2410c; font-weight: bold; margin: 8px 0 4px';
    const name = document.createElement('div');
    name.style.cssText = 'height: 12px; width: 80%; background: #dee2e6; border-radius: 6px';
    card.append(picture, price, name);
    grid.append(card);
  }
  shop.append(bar, grid);
  document.body.prepend(shop);
  document.body.style.margin = '0';
}

async function shots(hutong: ExtensionHarness, siteUrl: string, lang: Lang) {
  const dir = join(STORE, lang === 'zh' ? 'zh_CN' : 'en');
  mkdirSync(dir, { recursive: true });
  await setLanguage(hutong, lang);
  const caption = (i: number): [string, string] => CAPTIONS[lang][i] ?? ['', ''];

  const site = await hutong.newPage();
  const siteRaw = site.raw as PwPage;
  await siteRaw.setViewportSize({ width: 1280, height: 800 });
  await site.goto(siteUrl);
  await site.waitFor('hutong-hint >>> .hint');
  await site.evaluate(dressAsShop);
  await site.evaluate(() =>
    Promise.all(
      document
        .querySelector('hutong-hint')
        ?.shadowRoot?.querySelector('.hint')
        ?.getAnimations()
        .map((animation) => animation.finished) ?? [],
    ),
  );
  const hint = await siteRaw.screenshot({ clip: { x: 600, y: 380, width: 680, height: 420 } });
  await render(hutong, stage(...caption(0), hint, 700), join(dir, '1-hint.png'), 1280, 800);

  const panel = await hutong.openExtensionPage('/sidepanel.html', PANEL_READY);
  await panel.setViewport(400, 680);
  await panel.waitFor('#this-site [data-entity="taobao"]', { state: 'attached' });
  const panelShot = await (panel.raw as PwPage).screenshot();
  await render(hutong, stage(...caption(1), panelShot, 400), join(dir, '2-panel.png'), 1280, 800);
  await panel.close();

  const id = await hutong.inExtension(async () => {
    const [tab] = await extensionApi().tabs.query({ url: '*://www.taobao.com/*' });
    return tab?.id ?? -1;
  });
  const popup = await hutong.openExtensionPage(`/popup.html?tab=${id}`, '[data-state="entry"]');
  await popup.setViewport(380, 520);
  const popupShot = await (popup.raw as PwPage).screenshot();
  await render(hutong, stage(...caption(2), popupShot, 380), join(dir, '3-popup.png'), 1280, 800);
  await popup.close();
  await site.close();
}

function tile(): string {
  const icon = readFileSync(join(OUT_DIR, 'chrome-mv3', 'icon', '128.png'));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
    body { display: flex; align-items: center; gap: 24px; padding: 0 32px; box-sizing: border-box;
      background: linear-gradient(135deg, #0f766e, #134e4a); color: #fff; font-family: ${FONT}; }
    img { width: 96px; height: 96px; }
    h1 { font-size: 34px; margin: 0 0 8px; }
    p { font-size: 16px; line-height: 1.4; margin: 0; opacity: 0.92; }
  </style></head><body><img src="${dataUrl(icon)}" alt="">
  <div><h1>Hutong 互通</h1><p>Context on China's platform interconnection, where you shop and read.</p></div>
  </body></html>`;
}

const server = await startServer();
const hutong = await launchWithExtension('chromium');
try {
  const url = server.url('www.taobao.com');
  await shots(hutong, url, 'en');
  await shots(hutong, url, 'zh');
  mkdirSync(STORE, { recursive: true });
  await render(hutong, tile(), join(STORE, 'tile-440x280.png'), 440, 280);
  console.log(`store-images: written to ${STORE}`);
} finally {
  await hutong.close();
  await server.close();
}
