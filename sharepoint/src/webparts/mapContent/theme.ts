import type { IReadonlyTheme, ISemanticColors } from '@microsoft/sp-component-base';

/**
 * Which of the site theme's semantic colours (Fluent UI's, which SharePoint sets per site and per
 * coloured section) paints which of map-embed's `--map-*` custom properties. The focus colours
 * stay NHS.UK's yellow and dark text: a theme colour could make the focus ring invisible.
 */
const FROM_THEME: ReadonlyArray<readonly [string, keyof ISemanticColors]> = [
  ['--map-text-colour', 'bodyText'],
  ['--map-secondary-text-colour', 'bodySubtext'],
  ['--map-link-colour', 'link'],
  // SharePoint themes have no visited or pressed link colour: NHS.UK's purple would be unreadable on a dark section.
  ['--map-link-visited-colour', 'link'],
  ['--map-link-hover-colour', 'linkHovered'],
  ['--map-link-active-colour', 'linkHovered'],
  ['--map-border-colour', 'bodyDivider'],
  ['--map-card-background-colour', 'bodyBackground'],
  ['--map-skeleton-colour', 'bodyStandoutBackground'],
  ['--map-error-colour', 'errorText'],
  ['--map-button-colour', 'primaryButtonBackground'],
  ['--map-button-hover-colour', 'primaryButtonBackgroundHovered'],
  ['--map-button-active-colour', 'primaryButtonBackgroundPressed'],
  ['--map-button-shadow-colour', 'primaryButtonBackgroundPressed'],
  ['--map-button-text-colour', 'primaryButtonText'],
  ['--map-secondary-button-text-colour', 'buttonText'],
  ['--map-secondary-button-hover-colour', 'buttonBackgroundHovered'],
  ['--map-secondary-button-active-colour', 'buttonBackgroundPressed'],
];

/** The `--map-*` properties a theme sets; a colour the theme leaves out keeps map-embed's default. */
export function themeProperties(theme: IReadonlyTheme | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  const colours = theme?.semanticColors;
  if (!colours) return properties;
  for (const [property, colour] of FROM_THEME) {
    const value = colours[colour];
    if (typeof value === 'string' && value !== '') properties.set(property, value);
  }
  return properties;
}

/** Sets the theme's `--map-*` properties on `element` and clears any an earlier theme set and this one does not. */
export function applyTheme(element: HTMLElement, theme: IReadonlyTheme | undefined): void {
  const properties = themeProperties(theme);
  for (const [property] of FROM_THEME) {
    const value = properties.get(property);
    if (value === undefined) element.style.removeProperty(property);
    else element.style.setProperty(property, value);
  }
}
