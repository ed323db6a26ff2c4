/**
 * The in-domain corpus (test/corpus/chat/classroom*): clean classroom chat one file per subject, and
 * harmful chat one file per kind of miss, each with a .holdout.txt twin that is measured but never read
 * to write rules. Headers ("# subject: …", "# category: …") label every line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChatCategory } from '../../../src/detect/chat';

const dir = import.meta.dirname;

export interface ClassroomLine {
  text: string;
  /** The file's stem: "toan", "ngu-van". */
  subject: string;
  /** "maths-science", "humanities", "languages", "other". */
  slice: string;
  /** The "## …" section: a grade or a kind of chat. */
  section: string;
  holdout: boolean;
}

export interface ClassroomHarm {
  text: string;
  /** "reported": a child telling what was said to them, expected at review tier. */
  category: ChatCategory | 'reported';
  kind: string;
  holdout: boolean;
}

interface Parsed {
  stem: string;
  holdout: boolean;
  header: Map<string, string>;
  lines: { text: string; section: string }[];
}

function parseDir(sub: string): Parsed[] {
  const folder = path.join(dir, sub);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const holdout = file.endsWith('.holdout.txt');
      const header = new Map<string, string>();
      const lines: { text: string; section: string }[] = [];
      let section = '';
      for (const raw of readFileSync(path.join(folder, file), 'utf8').split('\n')) {
        const line = raw.trimEnd();
        if (line.startsWith('## ')) section = line.slice(3).trim();
        else if (line.startsWith('# ')) {
          const m = /^# (\w[\w-]*): (.*)$/.exec(line);
          if (m) header.set(m[1]!, m[2]!);
        } else if (line.trim()) lines.push({ text: line, section });
      }
      return { stem: file.replace(/(\.holdout)?\.txt$/, ''), holdout, header, lines };
    });
}

export function classroomClean(): ClassroomLine[] {
  return parseDir('classroom').flatMap((f) =>
    f.lines.map((l) => ({
      text: l.text,
      subject: f.stem,
      slice: f.header.get('slice') ?? 'other',
      section: l.section,
      holdout: f.holdout,
    })),
  );
}

export function classroomHarmful(): ClassroomHarm[] {
  return parseDir('classroom-harmful').flatMap((f) =>
    f.lines.map((l) => ({
      text: l.text,
      category: (f.header.get('category') ?? 'reported') as ChatCategory | 'reported',
      kind: f.stem,
      holdout: f.holdout,
    })),
  );
}

/** Wilson score interval for k successes in n trials, 95 %. */
export function wilson(k: number, n: number): [number, number] {
  if (!n) return [0, 1];
  const z = 1.96;
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
