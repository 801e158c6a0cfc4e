import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headingAnchors, linkProblem, linkTargets, packageFacts, readmeLinkProblems, withCdnVersion, type PackageFacts } from '../scripts/check/readme-links';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// README.md is the package's page on npm, where a relative link goes nowhere (no repository URL):
// its links are CDN URLs of the published version's files (scripts/check/readme-links.ts).
describe('README links on the npm page', () => {
  it('every link of README.md works: CDN links at package.json\'s version to packed files, anchors to headings', () => {
    const pkg = packageFacts(ROOT);
    const md = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(linkTargets(md).length).toBeGreaterThan(10);
    expect(readmeLinkProblems(md, pkg)).toEqual([]);
  }, 60_000);

  const pkg: PackageFacts = { name: 'swedish-nlp', version: '1.2.3', hasRepository: false, packed: new Set(['README.md', 'docs/quality.md', 'docs/demo.png', 'LICENSE']) };
  const anchors = new Set(['install', 'dependencies']);

  it.each([
    'https://cdn.jsdelivr.net/npm/swedish-nlp@1.2.3/docs/quality.md',
    'https://cdn.jsdelivr.net/npm/swedish-nlp@1.2.3/docs/quality.md#gates',
    'https://unpkg.com/swedish-nlp@1.2.3/LICENSE',
    'https://cdn.jsdelivr.net/npm/compromise@14.20.0/README.md',
    'https://www.npmjs.com/package/compromise',
    'mailto:someone@example.org',
    '#dependencies',
  ])('passes %s', (target) => {
    expect(linkProblem(target, pkg, anchors)).toBe('');
  });

  it.each([
    ['docs/quality.md', 'does not resolve on the npm page'],
    ['./LICENSE', 'does not resolve on the npm page'],
    ['https://cdn.jsdelivr.net/npm/swedish-nlp@0.1.0/docs/quality.md', "is not package.json's 1.2.3"],
    ['https://cdn.jsdelivr.net/npm/swedish-nlp@1.2.3/docs/cli.md', 'is not in the package'],
    ['https://cdn.jsdelivr.net/npm/swedish-nlp@1.2.3/src/types.ts', 'is not in the package'],
    ['https://cdn.jsdelivr.net/npm/swedish-nlp/docs/quality.md', 'must name swedish-nlp@1.2.3'],
    ['#licence', 'no heading'],
  ])('flags %s', (target, problem) => {
    expect(linkProblem(target, pkg, anchors)).toContain(problem);
  });

  it('allows a relative link to a packed file once package.json has a repository', () => {
    const withRepo = { ...pkg, hasRepository: true };
    expect(linkProblem('docs/quality.md', withRepo, anchors)).toBe('');
    expect(linkProblem('docs/cli.md', withRepo, anchors)).toContain('not in the package');
  });

  it('finds links, images, reference definitions and HTML, but not links inside code', () => {
    const md = [
      '# Titel',
      'Se [kvalitet](a.md "titel") och ![bild](b.png), [ref][r] <img src="c.png"> <a href="d.md">d</a>.',
      '[r]: e.md',
      '`[inte](f.md)`',
      '```md',
      '[inte heller](g.md)',
      '```',
    ].join('\n');
    expect(linkTargets(md).sort()).toEqual(['a.md', 'b.png', 'c.png', 'd.md', 'e.md']);
  });

  it('anchors headings as npm and GitHub do', () => {
    expect([...headingAnchors('# swedish-nlp\n## Command line, and corpora\n## A tour\n```\n# not a heading\n```')]).toEqual([
      'swedish-nlp',
      'command-line-and-corpora',
      'a-tour',
    ]);
  });

  it('--fix sets every CDN link of the package to the version, and only those', () => {
    const md = '[a](https://cdn.jsdelivr.net/npm/swedish-nlp@0.1.0/docs/a.md) [b](https://unpkg.com/swedish-nlp@0.0.9/LICENSE) [c](https://cdn.jsdelivr.net/npm/compromise@14.20.0/x)';
    expect(withCdnVersion(md, 'swedish-nlp', '1.2.3')).toBe(
      '[a](https://cdn.jsdelivr.net/npm/swedish-nlp@1.2.3/docs/a.md) [b](https://unpkg.com/swedish-nlp@1.2.3/LICENSE) [c](https://cdn.jsdelivr.net/npm/compromise@14.20.0/x)',
    );
  });
});
