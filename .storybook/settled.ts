/**
 * Play functions shared by the stories. Each waits until every map-embed element in the story
 * has left its loading state, so the accessibility check sees finished content or the error box,
 * never the skeleton, and then checks the story shows what its name promises.
 */
type Context = { canvasElement: HTMLElement };

/** Waits for every element to finish loading, whatever it then shows. */
export async function settled({ canvasElement }: Context): Promise<void> {
  await settledElements(canvasElement);
}

/** Every element rendered its content, none an error box. */
export async function showsContent({ canvasElement }: Context): Promise<void> {
  const failed = (await settledElements(canvasElement)).filter((el) => el.shadowRoot!.querySelector('[part~="error"]'));
  if (failed.length) {
    const reasons = failed.map((el) => `<${el.localName}>: ${text(el.shadowRoot!.querySelector('[part~="error"]')!)}`);
    throw new Error(`Expected content, got an error box:\n${reasons.join('\n')}`);
  }
}

/** Every element shows its error box. */
export async function showsError({ canvasElement }: Context): Promise<void> {
  const shown = (await settledElements(canvasElement)).filter((el) => !el.shadowRoot!.querySelector('[part~="error"]'));
  if (shown.length) {
    throw new Error(`Expected an error box in ${shown.map((el) => `<${el.localName}>`).join(', ')}`);
  }
}

async function settledElements(canvas: HTMLElement): Promise<Element[]> {
  const elements = () =>
    [...canvas.querySelectorAll('*')].filter((el) => el.localName.startsWith('map-') && el.localName !== 'map-feed');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const pending = elements().filter((el) => !hasSettled(el));
    if (!pending.length) break;
    if (Date.now() > deadline) {
      throw new Error(`Still loading after 10 s: ${pending.map((el) => `<${el.localName}>`).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await Promise.all(elements().map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  if (!elements().length) throw new Error('The story has no map-embed element in it.');
  return elements();
}

function hasSettled(el: Element): boolean {
  // Elements render into a wrapper in their shadow root (src/core/map-element.ts).
  const root = el.shadowRoot?.querySelector('.root') ?? el.shadowRoot;
  return Boolean(
    customElements.get(el.localName) && root && root.childElementCount > 0 && !root.querySelector('[part~="loading"]'),
  );
}

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
