// Loaded first in an example page by the test server (`?probe`): records what a tester would
// watch the console for, from before the library loads, where the page's test can read it.
(() => {
  const probe = { violations: [], errors: [], warnings: [] };
  window.__mapProbe = probe;
  document.addEventListener('securitypolicyviolation', (event) => {
    probe.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
  });
  window.addEventListener('error', (event) => probe.errors.push(String(event.message || event.error)));
  window.addEventListener('unhandledrejection', (event) => probe.errors.push(`unhandled rejection: ${String(event.reason)}`));
  const { error, warn } = console;
  console.error = (...args) => {
    probe.errors.push(args.map(String).join(' '));
    error.apply(console, args);
  };
  console.warn = (...args) => {
    probe.warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
})();
