/**
 * Lists the functions in src/ longer than a limit (default 80 lines), and the source files over 400
 * lines, tests and data aside: the sizes CONTRIBUTING.md asks for. `npx tsx scripts/function-lengths.ts [limit]`.
 */
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

export function longFunctions(limit = 80): { file: string; name: string; line: number; lines: number }[] {
  const out: { file: string; name: string; line: number; lines: number }[] = [];
  for (const file of sources(path.join(ROOT, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > limit) {
          const named = node as ts.FunctionLikeDeclaration;
          let name = named.name?.getText(sf);
          if (!name && ts.isVariableDeclaration(node.parent)) name = node.parent.name.getText(sf);
          if (!name && ts.isPropertyAssignment(node.parent)) name = node.parent.name.getText(sf);
          out.push({ file: path.relative(ROOT, file), name: name ?? '(anonymous)', line: start + 1, lines });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out.sort((a, b) => b.lines - a.lines);
}

export function longFiles(limit = 400): { file: string; lines: number }[] {
  return sources(path.join(ROOT, 'src'))
    .map((file) => ({ file: path.relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length }))
    .filter((f) => f.lines > limit)
    .sort((a, b) => b.lines - a.lines);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const limit = Number(process.argv[2] ?? 80);
  for (const f of longFunctions(limit)) console.log(`${f.lines} lines  ${f.name}  ${f.file}:${f.line}`);
  for (const f of longFiles()) console.log(`file ${f.lines} lines  ${f.file}`);
}
