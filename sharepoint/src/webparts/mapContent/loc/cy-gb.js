define([], function() {
  return {
    "PropertyPaneDescription": "Cynnwys am y proffesiynau MAP o ffrwd JSON. Gadewch gyfeiriad y ffrwd yn wag i ddangos y ffrwd enghreifftiol sydd yn y pecyn hwn.",
    "ContentGroupName": "Cynnwys",
    "ElementFieldLabel": "Beth i’w ddangos",
    "SrcFieldLabel": "Cyfeiriad y ffrwd",
    "SrcFieldDescription": "Cyfeiriad ffrwd JSON, RSS neu Atom (https). Rhaid i’w gweinydd ganiatáu i’r wefan SharePoint hon ei darllen (CORS).",
    "ElementGroupName": "{0}: gosodiadau",
    "DefaultOption": "(diofyn)",
    "On": "Ymlaen",
    "Off": "I ffwrdd",
    "UnknownElement": "Mae’r rhan we hon wedi’i gosod i ddangos \"{0}\", nad yw’n ei hadnabod. Golygwch y rhan we a dewiswch un o’r rhain: {1}."
  }
});
