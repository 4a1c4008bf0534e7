// The architecture as rules, checked by `npm test` (README, "Architecture").
// Data flows one way: tariff JSON → validate → tariff set; usage → estimate →
// quote → render. Each layer may use the ones below it, never the reverse.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment:
        'The engine (src/engine) is pure TypeScript: it imports nothing from the tariff validator, the components, ' +
        'i18n, share links or the calculator state, and nothing of Lit.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: {
        path: ['^src/(tariffs|components|i18n|share|state|call-log|cli|build)/', '^src/(index|engine-api)\\.ts$', 'node_modules/(lit|@lit|lit-html|lit-element)/'],
      },
    },
    {
      name: 'tariffs-use-only-engine-declarations',
      comment: 'The tariff validator (src/tariffs) imports only the engine\'s types and limits, and nothing above it.',
      severity: 'error',
      from: { path: '^src/tariffs/', pathNot: '\\.test\\.ts$' },
      to: {
        path: ['^src/(engine|components|i18n|share|state|cli|build)/', 'node_modules/(lit|@lit|lit-html|lit-element|decimal\\.js)/'],
        pathNot: '^src/engine/(types|limits)\\.ts$',
      },
    },
    {
      name: 'i18n-knows-no-component',
      comment: 'Strings and formatting (src/i18n) never import a component or the calculator state.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: ['^src/(components|state|cli|build)/', 'node_modules/(lit|@lit|lit-html|lit-element)/'] },
    },
    {
      name: 'state-and-share-are-dom-free',
      comment: 'The calculator state (src/state) and the share-link codec (src/share) know no component and no Lit.',
      severity: 'error',
      from: { path: '^src/(state|share)/', pathNot: '\\.test\\.ts$' },
      to: { path: ['^src/(components|cli|build)/', 'node_modules/(lit|@lit|lit-html|lit-element)/'] },
    },
    {
      name: 'call-log-reads-files-only',
      comment:
        'The call-log import (src/call-log) turns a visitor\'s export into records: it uses the engine\'s types and ' +
        'nothing else of the project, no component and no Lit.',
      severity: 'error',
      from: { path: '^src/call-log/', pathNot: '\\.test\\.ts$' },
      to: {
        path: ['^src/(engine|tariffs|components|i18n|share|state|cli|build)/', 'node_modules/(lit|@lit|lit-html|lit-element|decimal\\.js)/'],
        pathNot: '^src/engine/types\\.ts$',
      },
    },
    {
      name: 'no-circular',
      comment: 'No module imports itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-never-imports-demo-or-test',
      comment: 'Shipped code never depends on the demo pages or on test code (tests beside their source may).',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(demo|test)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
