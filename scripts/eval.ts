/**
 * `npm run eval [-- --gate] [-- --only name,name]`: the project's own accuracy measurements.
 * Each module in scripts/eval/ scores one stage against ../shared/data and owns its CI gates.
 * With `--gate`, exits 1 when any metric is below its gate.
 */
import type { EvalModule, EvalResult } from './eval/types';

const modules: Record<string, () => Promise<{ run: EvalModule }>> = {
  tokens: () => import('./eval/tokens'),
  stem: () => import('./eval/stem'),
  pos: () => import('./eval/pos'),
  ner: () => import('./eval/ner'),
  quotes: () => import('./eval/quotes'),
  keywords: () => import('./eval/keywords'),
  compromise: () => import('./eval/compromise'),
};

const args = process.argv.slice(2);
const gate = args.includes('--gate');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1]! : args[args.indexOf(onlyArg) + 1]!).split(',') : null;

let failed = 0;
for (const [name, load] of Object.entries(modules)) {
  if (only && !only.includes(name)) continue;
  const t0 = performance.now();
  let res: EvalResult;
  try {
    res = await (await load()).run();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String(err).includes(`eval/${name}`)) {
      console.log(`\n== ${name}: no evaluation yet`);
      continue;
    }
    throw err;
  }
  console.log(`\n== ${res.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const line of res.report) console.log(line);
  for (const [metric, value] of Object.entries(res.metrics)) {
    const min = res.gates[metric];
    const ok = min === undefined || value >= min;
    if (!ok) failed++;
    console.log(`  ${metric.padEnd(44)} ${value.toFixed(4).padStart(9)}${min === undefined ? '' : `   gate ≥ ${min}  ${ok ? 'ok' : 'FAIL'}`}`);
  }
}
if (gate && failed > 0) {
  console.error(`\n${failed} gate(s) failed`);
  process.exit(1);
}
