/**
 * Puts a host page's stylesheet into the story's frame while its story is shown (a story's
 * `beforeEach`); returns the way to take it out again, so the next story starts clean.
 */
export function addPageStyles(css: string): () => void {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  return () => sheet.remove();
}
