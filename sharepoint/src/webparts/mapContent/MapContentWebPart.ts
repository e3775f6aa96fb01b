import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import * as strings from 'MapContentWebPartStrings';

// map-embed itself: registers every map-* element, or, where another copy of map-embed on the page
// already has, keeps that copy's elements and says so once in the console (src/core/define.ts).
// Every MAP content web part on a page shares this one module, so one feed cache: one request per feed.
import '../../../../dist/lib/index.js';
import { ELEMENTS, ELEMENT_LABELS } from '../../generated/elements';
import { attributesFor, renderElement, type IMapContentWebPartProps } from './content';
import { propertyPane } from './propertyPane';
import { SAMPLE_FEED_URL } from './sampleFeed';
import { applyTheme } from './theme';

export type { IMapContentWebPartProps } from './content';

/** `cy`, `cy-GB` → Welsh; anything else English, the languages map-embed speaks. */
const isWelsh = (culture: string): boolean => culture.toLowerCase().split('-')[0] === 'cy';

/**
 * "MAP content": one map-embed element, chosen and configured in the property pane, rendered into
 * the web part's own DOM so its height follows its content. The page's UI culture sets its
 * language; the site's (or the section's) theme sets its colours.
 */
export default class MapContentWebPart extends BaseClientSideWebPart<IMapContentWebPartProps> {
  /** The unknown `element` value last warned about, so a re-render does not warn again. */
  private warnedElement: string | undefined;

  public render(): void {
    const culture = this.context.pageContext.cultureInfo.currentUICultureName;
    // The elements read the nearest [lang]: SharePoint's UI culture, not the page's <html lang>.
    this.domElement.lang = culture;
    const chosen = ELEMENTS.find((info) => info.name === this.properties.element);
    if (!chosen) {
      this.showUnknownElement();
      return;
    }
    this.warnedElement = undefined;
    const src = (this.properties.src ?? '').trim();
    renderElement(this.domElement, chosen, attributesFor(chosen, this.properties), src || SAMPLE_FEED_URL);
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    applyTheme(this.domElement, theme);
  }

  /** Another element has other attributes: the pane shows the new element's settings at once. */
  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (propertyPath === 'element' && oldValue !== newValue) this.context.propertyPane.refresh();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const chosen = ELEMENTS.find((info) => info.name === this.properties.element);
    return propertyPane(ELEMENTS, chosen, (tag) => this.elementLabel(tag), strings);
  }

  private elementLabel(tag: string): string {
    const language = isWelsh(this.context.pageContext.cultureInfo.currentUICultureName) ? 'cy' : 'en';
    return ELEMENT_LABELS[language][tag] ?? tag;
  }

  /** A saved `element` this version does not offer: said on the page, and once in the console naming the property. */
  private showUnknownElement(): void {
    const value = String(this.properties.element ?? '');
    const names = ELEMENTS.map((info) => info.name).join(', ');
    const message = document.createElement('p');
    message.textContent = strings.UnknownElement.replace('{0}', value).replace('{1}', names);
    message.style.cssText =
      'margin:0;padding:16px;border-left:4px solid var(--map-error-colour,#d5281b);color:var(--map-text-colour,#212b32);background:var(--map-card-background-colour,#fff)';
    this.domElement.replaceChildren(message);
    if (this.warnedElement !== value) {
      this.warnedElement = value;
      console.warn(`map-embed SharePoint web part: property "element" is "${value}", not one of ${names}.`);
    }
  }
}
