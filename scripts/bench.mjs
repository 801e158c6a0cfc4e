// `npm run bench`: speed, measured on the built package (dist/). Never a timed unit test.
// Each file in scripts/bench/ measures one stage and prints its own table.
const stages = ['tokens', 'stem', 'tag', 'entities', 'summary', 'pipeline', 'bundle'];
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
for (const name of stages) {
  if (only && only !== name) continue;
  let mod;
  try {
    mod = await import(`./bench/${name}.mjs`);
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND' && String(err).includes(`bench/${name}`)) continue;
    throw err;
  }
  console.log(`\n== ${name}`);
  await mod.run();
}
