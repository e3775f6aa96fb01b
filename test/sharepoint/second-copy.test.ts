/**
 * A page where another copy of map-embed (a script tag in another web part, a second package)
 * defined the tags before the web part loaded: the web part uses those elements, says so once in
 * the console, and never throws. Its own file, so the other copy is first on a fresh page.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { captureWarnings } from '../helpers/console.js';
import { settled, visibleText } from '../helpers/render.js';
import { addWebPart, webPartClass } from './spfx-runtime.js';

/** The drop-in bundle: the copy an editor's script tag would have loaded. */
const OTHER_COPY = '/dist/map-embed.all.js';

describe('SharePoint web part beside another copy of map-embed', () => {
  it('uses the elements already defined, warns once, and renders', async () => {
    const other = (await import(/* @vite-ignore */ OTHER_COPY)) as Record<string, unknown>;
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    try {
      await webPartClass();
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings.messages.filter((message) => message.includes('already defined'))).to.have.length(1);
    expect(customElements.get('map-role-card')).to.equal(other.MapRoleCardElement);

    const part = await addWebPart({ element: 'role-card', src: '', profession: 'surgical-care-practitioner' });
    const card = part.domElement.querySelector<LitElement>('map-role-card')!;
    expect(card).to.be.instanceOf(other.MapRoleCardElement as CustomElementConstructor);
    await settled(card);
    expect(visibleText(card)).to.contain('Surgical care practitioners');
    part.domElement.remove();
  });
});
