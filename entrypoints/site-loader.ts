/**
 * The script declared for every covered shopping site (wxt.config.ts), at document_start. An
 * unlisted script rather than a WXT content script: it runs without WXT's content-script runtime
 * and the polyfill (components/hint/loader.ts says why).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { nativeApi, startLoader } from '../components/hint/loader';

export default defineUnlistedScript(() => {
  const api = nativeApi();
  if (api) startLoader(api);
});
