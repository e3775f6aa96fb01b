export function renderEmail(view: import('./views.js').View): string { return JSON.stringify(view); }
