// After tsup: the CommonJS entries. Each dist/<entry>.cjs is a one-line wrapper that loads the
// ESM build with require(esm) (Node ≥ 20.19 and ≥ 22.12), so the 2.5 MB of models ship once and
// `require('swedish-nlp')` and `import 'swedish-nlp'` share one module instance. Its types are
// the ESM declarations, copied as .d.cts so TypeScript reads them as CommonJS declarations.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';

const entries = ['index', 'compromise'];
for (const entry of entries) {
  const esm = `dist/${entry}.js`;
  if (!existsSync(esm)) continue;
  writeFileSync(
    `dist/${entry}.cjs`,
    `'use strict';\n// CommonJS entry: the ESM build through require(esm) (Node >= 20.19), so the models ship once.\nmodule.exports = require('./${entry}.js');\n`,
  );
  copyFileSync(`dist/${entry}.d.ts`, `dist/${entry}.d.cts`);
}
