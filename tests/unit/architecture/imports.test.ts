import { describe, expect, test } from 'vitest';
import { astroImports, checkArchitecture } from '../../../scripts/architecture.mjs';

describe('the import rules of the house', () => {
  test('hold across src/', async () => {
    expect(await checkArchitecture()).toEqual([]);
  });

  test('catch every kind of break, in .ts files and in .astro frontmatter and scripts', async () => {
    const found: string[] = await checkArchitecture('tests/fixtures/architecture');
    expect(found.sort()).toEqual([
      'components-render-only: src/components/map/Map.astro → astro:content',
      'components-render-only: src/layouts/Base.astro → astro:content',
      'islands-stand-alone: src/components/map/Map.astro → src/components/timeline/element.ts',
      'lib-is-pure: src/lib/a.ts → astro:content',
      'lib-is-pure: src/lib/a.ts → node_modules/leaflet/dist/leaflet-src.js',
      'no-cycles: src/lib/a.ts → src/lib/b.ts → src/lib/a.ts',
      'no-unresolved: src/lib/c.ts → ./missing',
      'schemas-are-leaves: src/schemas/cities.ts → src/components/map/Map.astro',
      'strings-stand-alone: src/i18n/strings.ts → src/lib/a.ts',
    ]);
  });

  test('read an .astro file’s imports from its frontmatter and every script', () => {
    const source = "---\nimport A from './A.astro';\n---\n<p>text</p>\n<script>import './b';</script>\n<script is:inline>import './c';</script>";
    expect(astroImports(source)).toBe("import A from './A.astro';\n;\nimport './b';\n;\nimport './c';");
  });
});
