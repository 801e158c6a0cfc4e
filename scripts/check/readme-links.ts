// `npm run check:readme-links` (and test/readme-links.test.ts): every link of README.md works on
// the npm page, where the README is shown without the repository around it.
//
// npm resolves a relative link only through package.json's `repository`, and this package has
// none. So a link to a file of the package is an absolute URL of the published version on
// jsDelivr (`https://cdn.jsdelivr.net/npm/swedish-nlp@0.1.0/docs/quality.md`), which serves the
// files of every published package version, and the check asks:
// - a CDN link names this package at package.json's version and a file that `npm pack` includes;
// - a relative link is allowed only with a `repository` (then npm rewrites it) and must be packed;
// - a `#fragment` names a heading of the README;
// - any other absolute link (https:, mailto:) passes.
// `--fix` rewrites the CDN links to package.json's version (after a version bump).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The CDNs whose package-file URLs the README may use, as URL prefixes before `<name>@<version>/`. */
const CDNS = ['https://cdn.jsdelivr.net/npm/', 'https://unpkg.com/'];

/** What the check needs to know about the package. */
export interface PackageFacts {
  /** package.json's `name`. */
  name: string;
  /** package.json's `version`. */
  version: string;
  /** Whether package.json has a `repository` (npm then resolves relative links). */
  hasRepository: boolean;
  /** The files `npm pack` includes, relative to the package root (`docs/quality.md`). */
  packed: ReadonlySet<string>;
}

/** Link targets of a markdown text: inline links and images, reference definitions, HTML href/src. */
export function linkTargets(md: string): string[] {
  const text = md.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const out: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) out.push(m[1]!);
  return out;
}

/** GitHub-style anchors of the headings (`## Dependencies` → `dependencies`), as npm's page has them too. */
export function headingAnchors(md: string): Set<string> {
  const out = new Set<string>();
  const text = md.replace(/^```[\s\S]*?^```/gm, '');
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    out.add(m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-'));
  }
  return out;
}

/**
 * The problems of one link target, '' when it works on the npm page.
 *
 * @param target The link target as written.
 * @param pkg The package facts.
 * @param anchors The README's heading anchors.
 */
export function linkProblem(target: string, pkg: PackageFacts, anchors: ReadonlySet<string>): string {
  if (target.startsWith('#')) return anchors.has(decodeURIComponent(target.slice(1))) ? '' : `${target}: no heading with this anchor`;
  const cdn = CDNS.find((c) => target.startsWith(c));
  if (cdn) {
    const rest = target.slice(cdn.length);
    const m = /^((?:@[^/@]+\/)?[^/@]+)@([^/]+)\/([^?#]+)/.exec(rest);
    if (!m) return `${target}: a CDN link must name ${pkg.name}@${pkg.version} and a file`;
    if (m[1] !== pkg.name) return '';
    if (m[2] !== pkg.version) return `${target}: version ${m[2]} is not package.json's ${pkg.version} (npm run check:readme-links -- --fix)`;
    return pkg.packed.has(decodeURIComponent(m[3]!)) ? '' : `${target}: ${m[3]} is not in the package (package.json "files")`;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return '';
  const file = target.replace(/[?#].*$/, '').replace(/^\.\//, '');
  if (!pkg.hasRepository) return `${target}: a relative link does not resolve on the npm page (no repository); write ${CDNS[0]}${pkg.name}@${pkg.version}/${file}`;
  return pkg.packed.has(file) ? '' : `${target}: ${file} is not in the package`;
}

/**
 * Every problem of the README's links.
 *
 * @param md The README's text.
 * @param pkg The package facts.
 */
export function readmeLinkProblems(md: string, pkg: PackageFacts): string[] {
  const anchors = headingAnchors(md);
  return linkTargets(md).map((t) => linkProblem(t, pkg, anchors)).filter((p) => p !== '');
}

/**
 * The facts of the package in `root`: package.json, and the files of `npm pack --dry-run` (without
 * scripts: the prepack build is not needed to list README's targets, which are not in dist/).
 *
 * @param root The package root.
 */
export function packageFacts(root: string): PackageFacts {
  const json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; repository?: unknown };
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  ) as { files: { path: string }[] }[];
  return { name: json.name, version: json.version, hasRepository: json.repository !== undefined, packed: new Set(packed!.files.map((f) => f.path)) };
}

/**
 * The README with every CDN link of this package set to `version`.
 *
 * @param md The README's text.
 * @param name The package name.
 * @param version The version to write.
 */
export function withCdnVersion(md: string, name: string, version: string): string {
  let out = md;
  for (const cdn of CDNS) out = out.split(`${cdn}${name}@`).map((part, i) => (i === 0 ? part : part.replace(/^[^/\s)]+/, version))).join(`${cdn}${name}@`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '../..');
  const pkg = packageFacts(root);
  const path = join(root, 'README.md');
  let md = readFileSync(path, 'utf8');
  if (process.argv.includes('--fix')) {
    md = withCdnVersion(md, pkg.name, pkg.version);
    writeFileSync(path, md);
  }
  const problems = readmeLinkProblems(md, pkg);
  for (const p of problems) console.error(`README.md: ${p}`);
  if (problems.length) process.exit(1);
  console.log(`README.md: ${linkTargets(md).length} links work on the npm page (${pkg.name}@${pkg.version}, ${pkg.packed.size} files packed)`);
}
