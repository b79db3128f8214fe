// A hostile page's spy, loaded first in <head>: records everything Hutong might let a page see.
// - every event dispatched on window or document, in the capture phase, whose name is not one a
//   browser fires by itself (WXT used to dispatch "<extension id>:…:wxt:…" events here);
// - every call of dispatchEvent made in the page's world;
// - every postMessage reaching the window;
// - globals, and attributes on <html> and <body>, that the page did not add itself.
(() => {
  const seen = [];
  window.__spy = { seen };
  const own = new Set(Object.getOwnPropertyNames(window));
  const record = (what) => seen.push(what);
  const originalAdd = EventTarget.prototype.addEventListener;
  const originalDispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (!event.__fromPage) record(`dispatch:${event.type}`);
    return originalDispatch.call(this, event);
  };
  // Every name an event could have that a browser does not fire on its own: listen by name to
  // what the extension's id could make, and to any CustomEvent at all through a wrapped listener.
  const id = decodeURIComponent(location.hash.slice(1));
  const names = [];
  for (const script of ['site', 'news', 'detector', 'hint-site', 'hint-article']) {
    for (const suffix of ['wxt:content-script-started', 'wxt:locationchange']) {
      names.push(`${id}:${script}:${suffix}`);
    }
  }
  for (const target of [window, document]) {
    for (const name of names) {
      originalAdd.call(target, name, (event) => record(`event:${event.type}`), true);
    }
    originalAdd.call(
      target,
      'message',
      (event) => record(`message:${JSON.stringify(event.data)}`),
      true,
    );
  }
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'attributes') record(`attribute:${m.target.nodeName}:${m.attributeName}`);
    }
  });
  observer.observe(document.documentElement, { attributes: true });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { attributes: true }),
  );
  window.__spy.globals = () =>
    Object.getOwnPropertyNames(window).filter((name) => !own.has(name) && name !== '__spy');
  window.__spy.navigate = (path) => history.pushState({}, '', path);
})();
