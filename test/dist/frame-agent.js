// Put first in a built page by the test server (/__test/agent/…): answers the test page's
// requests through postMessage, for frames the test cannot reach into (a sandbox without
// allow-same-origin, or the other hostname). It only reads and clicks, as a visitor would.
addEventListener('message', (event) => {
  const request = event.data;
  if (!request || typeof request.agent !== 'string') return;
  const el = document.querySelector('main > *');
  const root = el && el.shadowRoot;
  let clicked = false;
  if (request.agent === 'click' && root) {
    const target = root.querySelector(request.selector);
    if (target) {
      target.click();
      clicked = true;
    }
  }
  const scroller = document.scrollingElement;
  event.source.postMessage(
    {
      agent: request.agent,
      id: request.id,
      clicked,
      tag: el ? el.localName : null,
      loading: !root || root.childElementCount === 0 || Boolean(root.querySelector('[part~="loading"]')),
      text: ((root ? root.textContent : el && el.textContent) || '').replace(/\s+/g, ' ').trim(),
      pressed: root && root.querySelector('[aria-pressed]') ? root.querySelector('[aria-pressed]').getAttribute('aria-pressed') : null,
      scrollHeight: scroller.scrollHeight,
      clientHeight: scroller.clientHeight,
      warnings: window.__mapProbe ? window.__mapProbe.warnings : [],
      errors: window.__mapProbe ? window.__mapProbe.errors.concat(window.__mapProbe.violations) : [],
    },
    '*',
  );
});
