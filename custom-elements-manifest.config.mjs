import { readdirSync } from 'node:fs';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

/**
 * custom-elements.json is generated from the elements' JSDoc and is what Storybook's docs and
 * controls, editor hints and wrappers read. Only each element's own module
 * (src/elements/<name>/<name>.ts, which exports its class and nothing else) and its events module
 * are analysed: the helpers beside them (selection, controllers, templates, strings), tests,
 * stories and the define() entry points would show as if they were element API.
 */
const elementModules = readdirSync(new URL('./src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap(({ name }) => [`src/elements/${name}/${name}.ts`, `src/elements/${name}/events.ts`]);

function publicMembersOnly() {
  return {
    name: 'map-embed:public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#') &&
              // Lit's and the platform's hooks (shadowRootOptions, formAssociated, the form
              // callbacks) are how an element is built, not what a page can set or call.
              !member.static &&
              !(member.kind === 'method' && member.name.endsWith('Callback')),
          );
        }
      }
    },
  };
}

/**
 * Each event's name, type and description come from the element's `@fires {Type} name - …`. The
 * analyzer also lists every `dispatchEvent(new SomeEvent(…))` it finds as an event with a type and
 * no name; those are dropped, and one whose type no `@fires` names stops the build, so an event
 * cannot be fired without being documented.
 */
function documentedEvents() {
  return {
    name: 'map-embed:documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const named = declaration.events.filter((event) => event.name);
          for (const event of declaration.events) {
            if (event.name || named.some((documented) => documented.type?.text === event.type?.text)) continue;
            throw new Error(
              `${mod.path}: ${declaration.name} fires ${event.type?.text ?? 'an event'} without a @fires {Type} name tag.`,
            );
          }
          declaration.events = named;
        }
      }
    },
  };
}

/**
 * The analyzer lists modules in the order its file search found them, which differs from one
 * machine to the next: sorted by path, a clean `npm test` leaves custom-elements.json as committed.
 */
function stableOrder() {
  return {
    name: 'map-embed:stable-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: elementModules,
  outdir: '.',
  // package.json's customElements field is written by hand, so a run with another outdir
  // cannot change it.
  packagejson: false,
  litelement: true,
  // The type checker resolves aliases (`RoleCardLayout` → `'compact' | 'full'`) into each
  // attribute's parsedType, so Storybook's controls can offer the values (.storybook/arg-types.ts).
  overrideModuleCreation({ ts, globs }) {
    // tsconfig.build.json: the library's own sources, not the stories and tests around them.
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return program.getSourceFiles().filter((file) => globs.some((glob) => file.fileName.includes(glob)));
  },
  plugins: [typeParserPlugin(), publicMembersOnly(), documentedEvents(), stableOrder()],
};
