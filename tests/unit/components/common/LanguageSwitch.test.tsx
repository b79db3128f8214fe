/** The language menu: four choices, each named in itself and tagged, and a choice is saved. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LanguageSwitch } from '../../../../components/common/LanguageSwitch';
import { SiteCard } from '../../../../components/popup/SiteCard';
import { getSettings } from '../../../../lib/platform/storage/settings';
import { loadTraditional } from '../../../../data/text';

afterEach(cleanup);

describe('LanguageSwitch', () => {
  it('offers automatic, English, 简体中文 and 繁體中文, each tagged with its language', () => {
    render(<LanguageSwitch lang="zh-Hant" />);
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    const options = [...select.options].map((o) => [o.value, o.textContent, o.lang]);
    expect(options).toEqual([
      ['auto', '跟隨瀏覽器', ''],
      ['en', 'English', 'en'],
      ['zh', '简体中文', 'zh-CN'],
      ['zh-Hant', '繁體中文', 'zh-TW'],
    ]);
  });

  it('saves 繁體中文 when chosen', async () => {
    render(<LanguageSwitch lang="en" />);
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    select.value = 'zh-Hant';
    fireEvent.change(select);
    await waitFor(async () => expect((await getSettings()).language).toBe('zh-Hant'));
  });
});

describe('Traditional text in the popup', () => {
  beforeAll(loadTraditional);

  it('shows the knowledge base in Traditional, with the official name forms', () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    render(
      <SiteCard
        lang="zh-Hant"
        tab={{ id: 1, url: 'https://www.cainiao.com/', windowId: 3 }}
        windowId={3}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('菜鳥');
  });
});
