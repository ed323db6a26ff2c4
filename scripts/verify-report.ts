/**
 * `npm run verify-report -- FILE`: recomputes the hash chain of a Class Guard JSON export
 * (docs/report-format.md) with the same code as the report page. Exit 0 and "verified N events,
 * head …" when it holds; 1 naming the first event that does not verify (seq and id) otherwise;
 * 2 when the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { verifyReport } from '../src/ui/report/export-json';

export async function verifyReportFile(file: string): Promise<{ code: number; message: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { code: 2, message: `${file}: cannot read: ${err instanceof Error ? err.message : String(err)}` };
  }
  const check = await verifyReport(text);
  return check.ok
    ? { code: 0, message: `${file}: verified ${check.count} events, head ${check.head}` }
    : { code: 1, message: `${file}: NOT verified: ${check.reason}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = process.argv.slice(2).filter((a) => a !== '--');
  if (files.length === 0) {
    console.error('usage: npm run verify-report -- FILE.json [FILE.json …]');
    process.exitCode = 2;
  }
  for (const file of files) {
    const { code, message } = await verifyReportFile(file);
    (code === 0 ? console.log : console.error)(message);
    process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
  }
}
