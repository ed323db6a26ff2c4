import { describe, expect, it } from 'vitest';
import { demoClients } from './demo-class';
import { missingFindings, type LoggedFinding } from './demo-run';

describe('the headless demo’s check of its findings', () => {
  const clients = demoClients('en');
  const all: LoggedFinding[] = clients.flatMap((c) =>
    c.expected.map(([category, name]) => ({ sessionId: c.platform, platform: c.platform, category, name })),
  );

  it('is satisfied when every expected finding is logged', () => {
    expect(missingFindings(clients, all)).toEqual([]);
  });

  it('names each missing one, by client: a finding on another client or another person does not count', () => {
    const withoutImpostor = all.filter((f) => f.category !== 'impersonation');
    const elsewhere: LoggedFinding = {
      sessionId: 'x',
      platform: 'zoom',
      category: 'impersonation',
      name: 'Nguyễn Thị Lаn',
    };
    const other: LoggedFinding = {
      sessionId: 'x',
      platform: 'meet',
      category: 'impersonation',
      name: 'Nguyễn Thị Lan',
    };
    expect(missingFindings(clients, [...withoutImpostor, elsewhere, other])).toEqual([
      'meet: impersonation — Nguyễn Thị Lаn',
    ]);
  });
});
