/**
 * `npm run classify`: one chat message per line on stdin (UTF-8) → one JSON line per input line on
 * stdout: {"text": …, "verdicts": [{category, severity, tier, span, ruleId, target?}, …]}.
 * For IT to try word lists and for evaluation. Options (comma-separated lists):
 *   --blocked=từ cấm,another   --allowed=vl,ml   --school=thpt-abc.edu.vn
 * A line that cannot be classified still gets its line, with "error" instead of verdicts.
 */
import { createInterface } from 'node:readline';
import { classifyText, type ChatOptions } from '../src/detect/chat';

function listArg(name: string): string[] | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg
    ? arg
        .slice(name.length + 3)
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean)
    : undefined;
}

const opts: ChatOptions = {};
const blocked = listArg('blocked');
const allowed = listArg('allowed');
const school = listArg('school');
if (blocked) opts.blockedWords = blocked;
if (allowed) opts.allowedWords = allowed;
if (school) opts.schoolDomains = school;

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  let out: string;
  try {
    out = JSON.stringify({ text: line, verdicts: classifyText(line, opts) });
  } catch (err) {
    out = JSON.stringify({ text: line, error: String(err) });
  }
  process.stdout.write(out + '\n');
});
// A closed pipe downstream (| head) is a normal end, not a crash.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
