// @custom-elements-manifest/analyzer settings for `npm run build`
// (writes dist/custom-elements.json from the elements' JSDoc).

/**
 * The elements register through a guarded `defineOnce('tag', Class)` (see
 * src/index.ts) rather than a bare `customElements.define`, which the analyzer
 * would not recognize: record those calls as custom element definitions.
 */
function defineOncePlugin() {
  return {
    name: 'hotline:define-once-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineOnce') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = context?.imports?.find((entry) => entry.name === klass.text);
      const module = imported
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/**
 * `@fires` names an event but not its type. The types live in the event maps
 * (an interface named `…EventMap` whose keys are event names, as
 * `HotlineCalculatorEventMap` in events.ts, with its aliases such as
 * `type HotlinePlanSelectEvent = CustomEvent<HotlinePlanSelectDetail>`): give
 * each documented event without a type the one its map names, so that the
 * manifest and the framework typings made from it (src/build/framework-types.ts)
 * carry `CustomEvent<…Detail>` and not a bare `Event`.
 */
function eventMapTypesPlugin() {
  /** Event name → type text, from every event map of the project. */
  const eventTypes = new Map();
  return {
    name: 'hotline:event-map-types',
    analyzePhase({ ts, node }) {
      if (!ts.isSourceFile(node)) return;
      const aliases = new Map();
      for (const statement of node.statements) {
        if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type.getText(node));
      }
      for (const statement of node.statements) {
        if (!ts.isInterfaceDeclaration(statement) || !statement.name.text.endsWith('EventMap')) continue;
        for (const member of statement.members) {
          if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
          const text = member.type.getText(node);
          eventTypes.set(member.name.text, aliases.get(text) ?? text);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const text = eventTypes.get(event.name);
            if (text && !event.type?.text) event.type = { text };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['**/*.test.ts', 'src/build/**', 'src/cli/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [defineOncePlugin(), eventMapTypesPlugin()],
};
