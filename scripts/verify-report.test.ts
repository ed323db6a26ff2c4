import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonReportText } from '../src/ui/report/export-json';
import { bombingDrafts, chain, sessionOf } from '../src/ui/report/sample-log';
import type { StoredEvent } from '../src/common/protocol';
import { verifyReportFile } from './verify-report';

const dir = mkdtempSync(path.join(tmpdir(), 'cg-verify-'));
let events: StoredEvent[];
let good: string;
beforeAll(async () => {
  events = await chain('s-1', bombingDrafts());
  good = jsonReportText(sessionOf('s-1', events), events, '2026-11-28T15:00:00.000+07:00');
});
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('verify-report', () => {
  it('verifies a good export and prints its head', async () => {
    const r = await verifyReportFile(write('good.json', good));
    expect(r).toEqual({ code: 0, message: `${dir}/good.json: verified 11 events, head ${events[10]!.hash}` });
  });

  it('fails on one character changed in one event, naming it', async () => {
    const changed = good.replace('"text": "đm mày"', '"text": "đm màY"');
    expect(changed).not.toBe(good);
    const r = await verifyReportFile(write('changed.json', changed));
    expect(r.code).toBe(1);
    expect(r.message).toContain(`event seq 5 (id ${events[5]!.id}): hash does not match the event content`);
  });

  it('fails on a removed event, naming the first one out of place', async () => {
    const report = JSON.parse(good) as { events: StoredEvent[] };
    report.events.splice(3, 1);
    const r = await verifyReportFile(write('removed.json', JSON.stringify(report)));
    expect(r.code).toBe(1);
    expect(r.message).toContain(`event seq 4 (id ${events[4]!.id}): seq 4 where 3 was expected`);
  });

  it('fails on the last event removed: the count and head it states no longer hold', async () => {
    const report = JSON.parse(good) as { events: StoredEvent[] };
    report.events.pop();
    const r = await verifyReportFile(write('truncated.json', JSON.stringify(report)));
    expect(r).toMatchObject({ code: 1, message: expect.stringContaining('states 11 events but holds 10') });
  });

  it('exits non-zero from the command line', async () => {
    const bad = write('bad.json', good.replace('"Trần Minh Anh"', '"Tran Minh Anh"'));
    const run = (file: string) =>
      promisify(execFile)('npx', ['tsx', 'scripts/verify-report.ts', file]).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
      );
    const [ok, ko] = await Promise.all([run(path.join(dir, 'good.json')), run(bad)]);
    expect(ok).toMatchObject({ code: 0, out: expect.stringContaining('verified 11 events, head') });
    expect(ko).toMatchObject({ code: 1, out: expect.stringContaining(`event seq 2 (id ${events[2]!.id})`) });
  }, 30_000);
});
