// A smaller helper for lazy imports. Vite wraps every dynamic import() of the browser code in a helper that
// preloads the chunk's own imports and stylesheets; bundled on its own, it ships to every page with an island, 0.9 KB
// gzip. This replaces that chunk, after bundling, with one that does the same in a few hundred bytes: a
// modulepreload link for each script the chunk imports (fetched in parallel, not one import after another), and a
// stylesheet link for each of its stylesheets, which the import waits for. No polyfill and no `vite:preloadError`.
// Vite's helper: vite/src/node/plugins/importAnalysisBuild.ts (preload).

/** `load` imports the chunk; `deps` are its files as paths from the site root (`_astro/x.css`). */
const HELPER = (name) =>
  `const ${name}=(load,deps)=>Promise.all((deps||[]).map(d=>{const href="/"+d,css=d.endsWith(".css");` +
  `if(document.querySelector('link[href="'+href+'"]'))return;const l=document.createElement("link");` +
  `l.rel=css?"stylesheet":"modulepreload";l.href=href;document.head.append(l);` +
  `if(css)return new Promise(r=>{l.onload=l.onerror=r})})).then(load);`;

/** @returns {import('vite').Plugin} */
export function smallPreloadHelper() {
  return {
    name: 'ambon:small-preload-helper',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.includes('\0vite/preload-helper.js') || chunk.moduleIds.length !== 1) continue;
        const exported = /export\s*\{\s*([\w$]+)\s+as\s+([\w$]+)\s*\}\s*;?\s*$/.exec(chunk.code);
        if (!exported) throw new Error(`${chunk.fileName}: the preload helper's export changed; update scripts/vite-preload-helper.mjs`);
        chunk.code = `${HELPER(exported[1])}export{${exported[1]} as ${exported[2]}};`;
      }
    },
  };
}
