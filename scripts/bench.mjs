// `npm run bench`: speed, measured on the built package (dist/). Never a timed unit test.
// Each file in scripts/bench/ measures one stage and prints its own table.
const stages = ['tokens', 'stem', 'tag', 'entities', 'summary', 'pipeline', 'bundle', 'cli', 'cli-memory'];
// Stages that run for minutes run only when named (`npm run bench -- cli-memory`).
const named = new Set(['cli-memory']);
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
for (const name of stages) {
  if (only ? only !== name : named.has(name)) continue;
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
