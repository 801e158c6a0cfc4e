/**
 * The package version, read from package.json at build time (tsup `define`) or, from source,
 * at run time.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

declare const __SWEDISH_NLP_VERSION__: string | undefined;

function readVersion(): string {
  if (typeof __SWEDISH_NLP_VERSION__ === 'string') return __SWEDISH_NLP_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The version of swedish-nlp. */
export const VERSION = readVersion();
