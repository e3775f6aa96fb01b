declare interface IMapContentWebPartStrings {
  PropertyPaneDescription: string;
  ContentGroupName: string;
  ElementFieldLabel: string;
  SrcFieldLabel: string;
  SrcFieldDescription: string;
  /** Heading of the chosen element's own settings; {0} is the element's name. */
  ElementGroupName: string;
  DefaultOption: string;
  On: string;
  Off: string;
  /** Shown in the web part when its saved `element` is not one it knows; {0} is that value, {1} the choices. */
  UnknownElement: string;
}

declare module 'MapContentWebPartStrings' {
  const strings: IMapContentWebPartStrings;
  export = strings;
}
