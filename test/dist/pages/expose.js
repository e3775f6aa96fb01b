// Loaded by the loader's test pages (an external module script, as the strict CSP requires): hands
// the loader's exports to the test, which drives the page from its parent window.
import { load, observe } from '/dist/map-embed.js';

window.mapLoader = { load, observe };
