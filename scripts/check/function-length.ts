// `npm run check:functions`: no function in src/ outside src/data longer than LIMIT lines.
// Every function declaration, method, constructor, accessor, function expression and arrow
// function counts, from its first line (after its leading comments) to its last; a nested function
// counts inside its parent and on its own. Test files (*.test.ts) are left out: their describe()
// callbacks are tables of cases, not logic. Prints the TOP longest, then fails when any is over.
//
//   npx tsx scripts/check/function-length.ts [--limit 120] [--top 10]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const argValue = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const LIMIT = argValue('--limit', 120);
const TOP = argValue('--top', 10);
const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

/** One measured function. */
export interface FunctionLength {
  file: string;
  line: number;
  name: string;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join(src, 'data') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function isFunction(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node)
  );
}

/** The name a reader finds the function by: its own, or the variable / property / call it sits in. */
function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText();
  }
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

/** Every function in one file with its length in lines. */
export function measure(path: string, text: string): FunctionLength[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: FunctionLength[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node) && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file: relative(root, path), line: first + 1, name: nameOf(node), lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const all = sourceFiles(src)
  .flatMap((path) => measure(path, readFileSync(path, 'utf8')))
  .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line);
const over = all.filter((f) => f.lines > LIMIT);

console.log(`${all.length} functions in src/ (outside src/data, without tests); the ${TOP} longest:`);
for (const f of all.slice(0, TOP)) {
  console.log(`${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}${f.lines > LIMIT ? '  (over the limit)' : ''}`);
}
if (over.length > 0) {
  console.error(`check:functions: ${over.length} function(s) over ${LIMIT} lines; split them into named steps or rules`);
  process.exit(1);
}
console.log(`check:functions: every function is at most ${LIMIT} lines`);
