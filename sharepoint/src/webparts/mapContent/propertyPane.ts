import {
  type IPropertyPaneConfiguration,
  type IPropertyPaneField,
  type IPropertyPaneGroup,
  PropertyPaneDropdown,
  PropertyPaneTextField,
  PropertyPaneToggle,
} from '@microsoft/sp-property-pane';
import type { AttributeInfo, ElementInfo } from '../../../../dist/lib/embed/catalogue.js';

/** One attribute's field, as the embed builder offers it: a dropdown, a toggle or a text box. */
function fieldFor(attribute: AttributeInfo, strings: IMapContentWebPartStrings): IPropertyPaneField<unknown> {
  const { name, description } = attribute;
  if (attribute.kind === 'boolean') {
    return PropertyPaneToggle(name, { label: name, onText: strings.On, offText: strings.Off });
  }
  if (attribute.kind === 'enum') {
    return PropertyPaneDropdown(name, {
      label: name,
      options: [{ key: '', text: strings.DefaultOption }, ...(attribute.values ?? []).map((value) => ({ key: value, text: value }))],
    });
  }
  return PropertyPaneTextField(name, { label: name, description });
}

/**
 * The property pane: `element` (every element the builder offers) and `src`, then the chosen
 * element's own attributes, all from custom-elements.json (src/generated/elements.ts).
 */
export function propertyPane(
  elements: ReadonlyArray<ElementInfo & { name: string }>,
  chosen: ElementInfo | undefined,
  label: (tag: string) => string,
  strings: IMapContentWebPartStrings,
): IPropertyPaneConfiguration {
  const groups: IPropertyPaneGroup[] = [
    {
      groupName: strings.ContentGroupName,
      groupFields: [
        PropertyPaneDropdown('element', {
          label: strings.ElementFieldLabel,
          options: elements.map((info) => ({ key: info.name, text: label(info.tag) })),
        }),
        PropertyPaneTextField('src', { label: strings.SrcFieldLabel, description: strings.SrcFieldDescription }),
      ],
    },
  ];
  if (chosen) {
    groups.push({
      groupName: strings.ElementGroupName.replace('{0}', label(chosen.tag)),
      groupFields: chosen.attributes.filter((attribute) => attribute.name !== 'src').map((attribute) => fieldFor(attribute, strings)),
    });
  }
  return { pages: [{ header: { description: strings.PropertyPaneDescription }, groups }] };
}
