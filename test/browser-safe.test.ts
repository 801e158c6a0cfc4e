import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core must run in a browser: no Node built-ins outside the CLI (and tests).
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('browser safety', () => {
  it.each(files('src').filter((f) => !f.endsWith('cli.ts') && !/[\\/]cli[\\/]/.test(f)))('%s imports no Node built-ins', (file) => {
    const src = readFileSync(file, 'utf8');
    expect(src).not.toMatch(/from\s+['"](node:|fs['"]|path['"]|os['"]|url['"])/);
    expect(src).not.toMatch(/\brequire\(/);
    expect(src).not.toMatch(/\bprocess\./);
  });
});
