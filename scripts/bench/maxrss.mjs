// Preloaded into a CLI run by scripts/bench/cli.mjs (`node --import`): when the process exits,
// writes its peak resident set size in kB (worker threads included) to $SWEDISH_NLP_MAXRSS and
// its CPU time (user + system, all threads) in seconds to $SWEDISH_NLP_CPU.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  if (process.env.SWEDISH_NLP_MAXRSS) writeFileSync(process.env.SWEDISH_NLP_MAXRSS, String(usage.maxRSS));
  if (process.env.SWEDISH_NLP_CPU) writeFileSync(process.env.SWEDISH_NLP_CPU, String((usage.userCPUTime + usage.systemCPUTime) / 1e6));
});
