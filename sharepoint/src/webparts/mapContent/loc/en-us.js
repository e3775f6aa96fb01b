define([], function() {
  return {
    "PropertyPaneDescription": "Content about the medical associate professions from a JSON Feed. Leave the feed URL empty to show the sample feed in this package.",
    "ContentGroupName": "Content",
    "ElementFieldLabel": "What to show",
    "SrcFieldLabel": "Feed URL",
    "SrcFieldDescription": "The address of a JSON Feed, RSS or Atom feed (https). Its server must allow this SharePoint site to read it (CORS).",
    "ElementGroupName": "{0}: settings",
    "DefaultOption": "(default)",
    "On": "On",
    "Off": "Off",
    "UnknownElement": "This web part is set to show \"{0}\", which it does not know. Edit the web part and choose one of: {1}."
  }
});
