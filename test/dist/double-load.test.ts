/**
 * A page that loads the single-file build twice (two CMS blocks each pasting the script, or two
 * versions): nothing throws, the second copy says so once, and the elements work. (The loader,
 * dist/map-embed.js, pasted twice: test/dist/loader.test.ts.)
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { captureWarnings } from '../helpers/console.js';
import { settled, visibleText } from '../helpers/render.js';

const BUNDLE = '/dist/map-embed.all.js';

describe('dist/map-embed.all.js loaded twice', () => {
  it('keeps the first definitions, warns once for the second copy, and renders', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    let first: Record<string, unknown>;
    let second: Record<string, unknown>;
    try {
      first = await import(/* @vite-ignore */ BUNDLE);
      second = await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }

    expect(errors).to.deep.equal([]);
    expect(first.MapRoleCardElement).to.not.equal(second.MapRoleCardElement, 'two separate copies ran');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('already defined');
    expect(customElements.get('map-role-card')).to.equal(first.MapRoleCardElement);

    // Created by tag name, as a CMS would: this test imports no element module of its own.
    const card = document.createElement('map-role-card') as LitElement;
    card.setAttribute('profession', 'physician-associate');
    document.body.append(card);
    try {
      await settled(card);
      expect(visibleText(card)).to.contain('Physician associates').and.contain('Read more');
    } finally {
      card.remove();
    }
  });
});
