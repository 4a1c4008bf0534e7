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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['**/*.test.ts', 'src/build/**', 'src/cli/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [defineOncePlugin()],
};
