import { useState } from 'react';
import type { Repository } from '../../store/repository';
import { backupFileName, type ImportPlan } from '../../store/backup';
import { saveFile } from '../../browser/save-file';

const count = (r: Record<string, string[]>) => Object.values(r).reduce((n, ids) => n + ids.length, 0);

/** A failed restore's message, saying once that nothing changed (some messages say so already). */
export function restoreErrorText(message: string): string {
  return /Nothing was (changed|imported|written)\./i.test(message) ? message : `${message} Nothing was changed.`;
}

/** Back up everything as JSON, and restore from a backup after showing what it would add or replace. */
export function DataMenu({ repo }: { repo: Pick<Repository, 'exportBackupJson' | 'planImport' | 'applyImport'> }) {
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="data-menu">
      <button type="button" onClick={() => void repo.exportBackupJson().then((json) => saveFile(backupFileName(), json, 'application/json'))} data-testid="backup">
        Back up (JSON)
      </button>
      <label className="file-button">
        Restore…
        <input
          type="file"
          accept="application/json,.json"
          className="sr-only"
          data-testid="restore-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            setError(null);
            setDone(null);
            if (file) repo.planImport(file).then(setPlan, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
          }}
        />
      </label>
      {error && (
        <p role="alert" data-testid="restore-error">
          {restoreErrorText(error)}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      {plan && (
        <div role="dialog" aria-label="Restore from backup" className="plan" data-testid="restore-plan">
          <p>
            This backup adds {count(plan.add)} records ({plan.add.vendors.length} vendors, {plan.add.assessments.length} assessments) and replaces {count(plan.replace)}.
            Records it does not mention are kept.
            {plan.renamed.map((r) => ` Its rubric “${r.from}” has a built-in preset’s id and is restored as “${r.to}”.`).join('')}
          </p>
          <button
            type="button"
            onClick={() =>
              void repo.applyImport(plan).then(
                () => {
                  setDone('Backup restored.');
                  setPlan(null);
                },
                (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
              )
            }
          >
            Restore
          </button>{' '}
          <button type="button" onClick={() => setPlan(null)}>Cancel</button>
        </div>
      )}
    </div>
  );
}
