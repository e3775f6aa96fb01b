import { readdirSync } from 'node:fs';

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
 * Gives every event its class as `type` (so docs and wrappers can show `detail`), and folds in the
 * unnamed entry the analyzer makes for a `dispatchEvent(new SomeEvent(…))` it cannot name: event
 * classes are found by their `super('map-…', …)` call, names come from the elements' @fires.
 */
function typedEvents() {
  const nameOfClass = new Map();
  return {
    name: 'map-embed:typed-events',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const extendsCustomEvent = node.heritageClauses?.some((clause) =>
        clause.types.some((type) => type.expression.getText() === 'CustomEvent'),
      );
      if (!extendsCustomEvent) return;
      const visit = (child) => {
        if (ts.isCallExpression(child) && child.expression.kind === ts.SyntaxKind.SuperKeyword) {
          const [first] = child.arguments;
          if (first && ts.isStringLiteral(first)) nameOfClass.set(node.name.text, first.text);
        }
        ts.forEachChild(child, visit);
      };
      visit(node);
    },
    packageLinkPhase({ customElementsManifest }) {
      const classOfName = new Map([...nameOfClass].map(([cls, name]) => [name, cls]));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const byName = new Map();
          for (const event of declaration.events) {
            const name = event.name ?? nameOfClass.get(event.type?.text);
            if (!name) continue;
            const type = event.type ?? (classOfName.has(name) ? { text: classOfName.get(name) } : undefined);
            byName.set(name, { ...byName.get(name), ...event, name, ...(type && { type }) });
          }
          declaration.events = [...byName.values()];
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
  plugins: [publicMembersOnly(), typedEvents(), stableOrder()],
};
