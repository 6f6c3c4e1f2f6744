import { beforeEach, describe, expect, it } from 'vitest';
import type { AssayDb } from '../../../store/database';
import { createRepository, type Repository } from '../../../store/repository';
import { applyImport, exportBackupJson, planImport } from '../../../store/backup';
import { cleanDetails, linkProblem } from '../../../assessment/overrides';
import { freshDb, newAssessment } from './helpers';

let db: AssayDb;
let repo: Repository;
beforeEach(() => {
  db = freshDb();
  repo = createRepository(db);
});

describe('a correction’s evidence details', () => {
  it('records period, auditor, scope and link with the value and note, trimmed, empty ones dropped', async () => {
    const a = await repo.saveAssessment(newAssessment('https://acme.com/'));
    const o = await repo.setOverride(a.id, 'soc2', { value: 'type2', note: 'seen under NDA', period: ' 2026-01-01/2026-06-30 ', auditor: 'Prescient Assurance', scope: '', link: 'https://trust.acme.com/soc2.pdf' });
    expect(o.overrides.soc2).toMatchObject({ value: 'type2', note: 'seen under NDA', period: '2026-01-01/2026-06-30', auditor: 'Prescient Assurance', link: 'https://trust.acme.com/soc2.pdf' });
    expect(o.overrides.soc2).not.toHaveProperty('scope');
    expect((await repo.getAssessment(a.id))?.overrides.soc2?.auditor).toBe('Prescient Assurance');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'trust.acme.com/report', 'not a link'])('refuses the link %s and writes nothing', async (link) => {
    const a = await repo.saveAssessment(newAssessment('https://acme.com/'));
    await expect(repo.setOverride(a.id, 'soc2', { value: 'type2', link })).rejects.toThrow(/link must be/);
    expect((await repo.getAssessment(a.id))?.overrides).toEqual({});
  });

  it('accepts http and https links only', () => {
    expect(linkProblem('https://acme.com/x')).toBeNull();
    expect(linkProblem('http://acme.com/x')).toBeNull();
    expect(linkProblem('ftp://acme.com/x')).toMatch(/web address/);
    expect(cleanDetails({ auditor: 'x'.repeat(600) }).auditor).toHaveLength(500);
  });

  it('travels through a backup, and an old backup without details still imports', async () => {
    const a = await repo.saveAssessment(newAssessment('https://acme.com/'));
    await repo.setOverride(a.id, 'iso27001', { value: 'certified', note: '', scope: 'All Acme products', link: 'https://acme.com/iso.pdf' });
    await repo.setOverride(a.id, 'retentionDays', { value: 30, note: 'old style' });
    const json = await exportBackupJson(db);
    const other = freshDb();
    await applyImport(other, await planImport(other, json));
    const back = await createRepository(other).getAssessment(a.id);
    expect(back?.overrides.iso27001).toMatchObject({ scope: 'All Acme products', link: 'https://acme.com/iso.pdf' });
    expect(back?.overrides.retentionDays).toMatchObject({ value: 30, note: 'old style' });
    expect(back?.overrides.retentionDays).not.toHaveProperty('link');
  });
});
