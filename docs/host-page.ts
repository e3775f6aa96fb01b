/*
 * What the stories of whole host pages (the mock intranet, the hostile pages) share. A host
 * page's stylesheet would restyle Storybook's docs page, so these stories show in frames there
 * too, full width, and their stylesheet is in the frame only while the story is shown.
 */

/** Puts `css` into the story's frame (a story's `beforeEach`); returns the way to take it out. */
export function addPageStyles(css: string): () => void {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  return () => sheet.remove();
}

/** The parameters of a host page's stories, with `description` on its docs page. */
export function hostPageParameters(description: string) {
  return {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 900 }, description: { component: description } },
  };
}
