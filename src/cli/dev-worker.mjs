// The worker of `analyze -j N` when the CLI runs from source (`node --import tsx src/cli.ts`, as
// the tests do): tsx does not register itself in worker threads, so this shim does, then loads
// worker.ts. The built package uses dist/cli-worker.js instead.
import { register } from 'tsx/esm/api';

register();
const { default: renderTask } = await import('./worker.ts');
export default renderTask;
