/**
 * `npm run lint` step: finds lookups that index a plain object with a computed key. Text from a
 * meeting page ("constructor", "__proto__") finds a plain object's prototype members, so such tables
 * must be Maps, Sets or prototype-less objects. A line that indexes a plain object on purpose says
 * why in a `lookup-ok:` comment on it or the line above.
 */
import ts from 'typescript';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface LookupProblem {
  file: string;
  line: number;
  text: string;
}

function isLiteralKey(node: ts.Expression): boolean {
  return ts.isStringLiteralLike(node) || ts.isNumericLiteral(node) || ts.isPrefixUnaryExpression(node);
}

/** Whether indexing `type` with a string finds its prototype's members: an object with a string index signature. */
function isPlainStringIndexed(checker: ts.TypeChecker, type: ts.Type): boolean {
  const t = checker.getApparentType(checker.getNonNullableType(type));
  if (checker.isArrayType(t) || checker.isTupleType(t)) return false;
  if (t.isUnion()) return t.types.some((u) => isPlainStringIndexed(checker, u));
  return checker.getIndexInfoOfType(t, ts.IndexKind.String) !== undefined;
}

/** A key that can be any text: a constant (a string literal type) or a union of them is not. */
function keyIsText(checker: ts.TypeChecker, key: ts.Expression): boolean {
  const open = (t: ts.Type): boolean =>
    t.isUnion()
      ? t.types.some(open)
      : (t.flags & (ts.TypeFlags.String | ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TemplateLiteral)) !==
        0;
  return open(checker.getTypeAtLocation(key));
}

function allowed(sf: ts.SourceFile, line: number): boolean {
  const lines = sf.text.split('\n');
  return [lines[line], lines[line - 1]].some((l) => l !== undefined && l.includes('lookup-ok:'));
}

/** Computed-key lookups on plain objects in the given files (all of the program's src/ files by default). */
export function findPlainLookups(files?: readonly string[]): LookupProblem[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const roots = files ?? config.fileNames;
  const program = ts.createProgram({ rootNames: [...roots], options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const wanted = (f: string) =>
    files
      ? files.some((x) => path.resolve(x) === path.resolve(f))
      : /[\\/]src[\\/]/.test(f) && !/\.test\.tsx?$/.test(f);
  const out: LookupProblem[] = [];
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !wanted(sf.fileName)) continue;
    const visit = (node: ts.Node): void => {
      let target: ts.Expression | null = null;
      let key: ts.Expression | null = null;
      if (ts.isElementAccessExpression(node)) [target, key] = [node.expression, node.argumentExpression];
      else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword)
        [target, key] = [node.right, node.left];
      if (
        target &&
        key &&
        !isLiteralKey(key) &&
        keyIsText(checker, key) &&
        isPlainStringIndexed(checker, checker.getTypeAtLocation(target))
      ) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        if (!allowed(sf, line))
          out.push({ file: path.relative(ROOT, sf.fileName), line: line + 1, text: node.getText(sf).slice(0, 80) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = findPlainLookups();
  for (const p of problems)
    console.error(
      `${p.file}:${p.line}: computed key on a plain object (use a Map, a Set or a prototype-less object, or say why in a "lookup-ok:" comment): ${p.text}`,
    );
  if (problems.length) process.exit(1);
  console.log('check-lookups: no computed-key lookups on plain objects');
}
