// After tsup: the CommonJS entries. Each dist/<entry>.cjs is a one-line wrapper that loads the
// ESM build with require(esm) (Node ≥ 20.19 and ≥ 22.12), so the 2.5 MB of models ship once and
// `require('swedish-nlp')` and `import 'swedish-nlp'` share one module instance.
//
// The declarations ship once too: tsup's dist/<entry>.d.ts moves to dist/<entry>.d.cts (TypeScript
// reads it as CommonJS declarations, what `require` gets) and dist/<entry>.d.ts becomes
// `export * from './<entry>.cjs'`: an ES module may import CommonJS under every module resolution
// (node16, nodenext, bundler), while the other way round (the .d.cts re-exporting the ESM .d.ts)
// is error TS1479 under `module: node16`. One set of declarations also means one identity for
// every type, as at run time. Checked by `npm run check:package` (attw, publint).
import { existsSync, renameSync, writeFileSync } from 'node:fs';

const entries = ['index', 'compromise'];
for (const entry of entries) {
  const esm = `dist/${entry}.js`;
  if (!existsSync(esm)) continue;
  writeFileSync(
    `dist/${entry}.cjs`,
    `'use strict';\n// CommonJS entry: the ESM build through require(esm) (Node >= 20.19), so the models ship once.\nmodule.exports = require('./${entry}.js');\n`,
  );
  renameSync(`dist/${entry}.d.ts`, `dist/${entry}.d.cts`);
  writeFileSync(`dist/${entry}.d.ts`, `// The declarations are in ./${entry}.d.cts (shipped once; see scripts/build/cjs-wrappers.mjs).\nexport * from './${entry}.cjs';\n`);
}
