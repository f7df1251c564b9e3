// Checks the import rules of .dependency-cruiser.cjs over src/. dependency-cruiser reads JavaScript and TypeScript;
// an .astro file's imports live in its frontmatter and its <script> elements, so each is laid out beside a copy of
// src/ as `Name.astro.ts` (which is also what `./Name.astro` resolves to there).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';

const here = dirname(fileURLToPath(import.meta.url));

/** The frontmatter and every script body of an .astro file, as one TypeScript module. */
export function astroImports(source) {
  const front = source.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
  const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n;\n');
}

function mirror(from, to) {
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    if (statSync(src).isDirectory()) mirror(src, join(to, name));
    else if (name.endsWith('.astro')) {
      mkdirSync(to, { recursive: true });
      writeFileSync(join(to, `${name}.ts`), astroImports(readFileSync(src, 'utf8')));
    } else if (/\.(ts|mjs|js|json|css)$/.test(name)) cpSync(src, join(to, name));
  }
}

/** Cruises `<root>/src` against the rules; returns the violations as `rule: from → to` lines. */
export async function checkArchitecture(root = join(here, '..'), rulesFile = join(here, '..', '.dependency-cruiser.cjs')) {
  const work = mkdtempSync(join(tmpdir(), 'architecture-'));
  mirror(join(root, 'src'), join(work, 'src'));
  symlinkSync(resolve(here, '..', 'node_modules'), join(work, 'node_modules'));
  cpSync(resolve(here, '..', 'package.json'), join(work, 'package.json'));
  const { forbidden, options } = createRequire(import.meta.url)(rulesFile);
  const { output } = await cruise(['src'], { ...options, baseDir: work, validate: true, ruleSet: { forbidden }, outputType: 'json' }, options.enhancedResolveOptions);
  rmSync(work, { recursive: true, force: true });
  const result = JSON.parse(output);
  // Names as in the project: `Name.astro` for its mirror, `node_modules/…` for a package reached through the link.
  const name = (path) => path.replace(/\.astro\.ts\b/g, '.astro').replace(/^(?:\.\.\/)+.*?node_modules\//, 'node_modules/');
  return result.summary.violations.map((v) => `${v.rule.name}: ${name(v.from)} → ${v.cycle ? v.cycle.map((c) => name(c.name ?? c)).join(' → ') : name(v.to)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const violations = await checkArchitecture(process.argv[2] ? resolve(process.argv[2]) : undefined);
  for (const v of violations) console.error(v);
  console.log(violations.length ? `${violations.length} import rule violations` : 'import rules: no violations');
  process.exit(violations.length ? 1 : 0);
}
