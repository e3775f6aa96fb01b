/**
 * custom-elements.json is generated from the elements' JSDoc and is what Storybook's docs and
 * controls, editor hints and wrappers read. Only element classes and their event modules are
 * analysed; tests, stories and the define() entry points would add noise.
 */
function publicMembersOnly() {
  return {
    name: 'map-embed:public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts'],
  exclude: [
    'src/elements/*/*.test.ts',
    'src/elements/*/*.stories.ts',
    'src/elements/*/define.ts',
    'src/elements/*/*.styles.ts',
    'src/elements/*/select-*.ts',
  ],
  outdir: '.',
  // package.json's customElements field is written by hand, so a run with another outdir
  // cannot change it.
  packagejson: false,
  litelement: true,
  plugins: [publicMembersOnly()],
};
