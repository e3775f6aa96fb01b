import { expect } from '@open-wc/testing';
import { attributeControl, editorArgTypes, type Manifest } from '../../.storybook/arg-types.js';
import { pageSource } from '../../.storybook/source.js';

describe('Storybook "Show code" (.storybook/source.ts)', () => {
  it('leaves out story-only item ids and lays a long tag out one attribute a line', () => {
    const rendered =
      '<map-rating-widget mode="stars" comment="" item-id="story-comment" endpoint="https://feedback.example.nhs.uk/ratings"></map-rating-widget>';
    expect(pageSource(rendered)).to.equal(
      [
        '<map-rating-widget',
        '  mode="stars"',
        '  comment',
        '  endpoint="https://feedback.example.nhs.uk/ratings"',
        '></map-rating-widget>',
      ].join('\n'),
    );
  });

  it('keeps a real item id, short tags on one line, and nests children', () => {
    const rendered =
      '<div lang="cy">\n      <map-bookmark-button item-id="role-physician-associate"></map-bookmark-button><p>Testun <b>trwm</b></p></div>';
    expect(pageSource(rendered)).to.equal(
      [
        '<div lang="cy">',
        '  <map-bookmark-button item-id="role-physician-associate"></map-bookmark-button>',
        '  <p>',
        '    Testun',
        '    <b>trwm</b>',
        '  </p>',
        '</div>',
      ].join('\n'),
    );
  });

  it('keeps attribute values exactly, quotes escaped', () => {
    expect(pageSource('<map-news-list heading="&quot;Our&quot; news &amp; views" limit="3"></map-news-list>')).to.equal(
      '<map-news-list heading="&quot;Our&quot; news &amp; views" limit="3"></map-news-list>',
    );
  });
});

describe('Storybook docs tables (.storybook/arg-types.ts)', () => {
  it('lead with the attributes an editor types, and leave out Lit and form internals', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const rows = editorArgTypes(manifest, 'map-rating-widget')!;
    const categories = Object.values(rows)
      .filter((argType) => !argType.table?.disable)
      .map((argType) => argType.table!.category);
    expect(categories[0]).to.equal('attributes');
    const firstProperty = categories.indexOf('properties');
    expect(firstProperty).to.be.greaterThan(0);
    expect(categories.slice(firstProperty).every((category) => category === 'properties'), 'properties after everything else').to.equal(true);
    const names = Object.values(rows).map((argType) => `${argType.table?.category ?? ''}:${argType.name}`);
    expect(names).to.include.members([
      'attributes:mode',
      'attributes:item-id',
      'attributes:endpoint',
      'attributes:question',
      'attributes:comment',
      'events:map-rating-submit',
      'css shadow parts:comment',
      'css shadow parts:legend',
      'properties:value',
    ]);
    expect(rows.comment!.table!.category, 'the comment attribute is not replaced by the comment part').to.equal('attributes');
    const listed = Object.values(rows).map((argType) => argType.name);
    expect(listed, 'an attribute is listed once, by its attribute name').not.to.include('itemId');
    expect(listed).not.to.include.members(['shadowRootOptions', 'formAssociated', 'formResetCallback']);
  });
});

describe('Storybook controls (.storybook/arg-types.ts)', () => {
  it('give every attribute of every element the control its values call for, never a JSON editor', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const elements = manifest.modules
      .flatMap((mod) => (mod.declarations ?? []) as { tagName?: string; attributes?: { name: string }[] }[])
      .filter((declaration) => declaration.tagName);
    expect(elements.length).to.be.greaterThan(5);
    const controls: Record<string, unknown> = {};
    for (const { tagName, attributes } of elements) {
      const rows = editorArgTypes(manifest, tagName!)!;
      for (const { name } of attributes ?? []) controls[`${tagName!} ${name}`] = rows[name]!.control;
    }
    for (const [attribute, control] of Object.entries(controls)) {
      expect(['text', 'number', 'boolean', 'radio', 'select'], attribute).to.include(control);
    }
    expect(controls['map-news-list tag']).to.equal('text');
    expect(controls['map-feed src']).to.equal('text');
    expect(controls['map-news-list limit']).to.equal('number');
    expect(controls['map-bookmark-list limit'], 'optional number').to.equal('number');
    expect(controls['map-news-list more']).to.equal('boolean');
    expect(controls['map-role-card layout'], 'a type alias is resolved to its values').to.equal('radio');
    expect(editorArgTypes(manifest, 'map-rating-widget')!.mode!.options).to.deep.equal(['stars', 'useful']);
  });

  it('offer no control for a type an attribute cannot hold', () => {
    expect(attributeControl('Record<string, number>').control).to.equal(false);
    expect(attributeControl("'a' | 'b' | 'c' | 'd' | 'e' | 'f' | undefined")).to.deep.include({ control: 'select' });
  });
});
