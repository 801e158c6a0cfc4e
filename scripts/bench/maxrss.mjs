// Preloaded into a CLI run by scripts/bench/cli.mjs (`node --import`): writes the process's peak
// resident set size (worker threads included) in kB to $SWEDISH_NLP_MAXRSS when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.SWEDISH_NLP_MAXRSS) writeFileSync(process.env.SWEDISH_NLP_MAXRSS, String(process.resourceUsage().maxRSS));
});
