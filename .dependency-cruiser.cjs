/**
 * The rules of the house, checked on every test run (scripts/architecture.mjs). Paths are those of `src/`;
 * an `.astro` file is checked through its frontmatter and its scripts.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const ISLANDS = '(map|timeline|search|cite|facts)';
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Two modules that import each other cannot be understood, tested or moved alone; give the shared part its own module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-is-pure',
      comment: 'src/lib turns plain data into plain data, testable in Node without mocks: no astro:* modules, no Leaflet, no DOM parts of d3, nothing that renders.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: ['^astro:', '^leaflet', 'node_modules/leaflet/', 'node_modules/d3-(selection|axis|zoom|transition)/', '^d3-(selection|axis|zoom|transition)$', '^src/(components|layouts|pages)/'] },
    },
    {
      name: 'components-render-only',
      comment: 'Pages query collections and hand view models down; a component or layout that queries would hide where data comes from.',
      severity: 'error',
      from: { path: '^src/(components|layouts)/' },
      to: { path: '^astro:content$' },
    },
    {
      name: 'islands-stand-alone',
      comment: 'An island folder imports nothing from another island, so each loads, tests and moves alone.',
      severity: 'error',
      from: { path: `^src/components/${ISLANDS}/` },
      to: { path: `^src/components/${ISLANDS}/`, pathNot: '^src/components/$1/' },
    },
    {
      name: 'strings-stand-alone',
      comment: 'UI strings are data: src/i18n imports only src/i18n.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { pathNot: '^src/i18n/' },
    },
    {
      name: 'schemas-are-leaves',
      comment: 'Schemas describe content and may use pure parsers from src/lib; they import nothing that renders.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(components|layouts|pages)/' },
    },
    {
      name: 'no-unresolved',
      comment: 'An import that resolves to nothing is a typo or a missing file (astro:* modules are made by Astro at build time).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.json', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'node', 'default'],
      mainFields: ['types', 'typings', 'module', 'main'],
    },
  },
};
