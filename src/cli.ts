/**
 * The `swedish-nlp` command line entry (built to `dist/cli.js`); the program is in `src/cli/`.
 *
 *   swedish-nlp analyze [options] <file|dir|->...
 *
 * @module
 */
import { start } from './cli/main.js';

start();
