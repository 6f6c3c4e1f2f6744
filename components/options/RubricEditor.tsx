import { useState } from 'react';
import { useStore } from 'zustand';
import { FIELD_NAMES, FIELDS, isFieldName } from '../../claims/fields';
import { CriterionEditor } from './CriterionEditor';
import { isReadOnly, type RubricEditorStore } from './rubric-store';
import { RubricToolbar } from './RubricToolbar';
import type { Sample } from './samples';
import { ScorePreview } from './ScorePreview';
import { SelectField, TextField } from './Fields';

/** The selected rubric's name, criteria and a live preview of a vendor's score under it. */
export function RubricEditor({ store, samples }: { store: RubricEditorStore; samples: Sample[] }) {
  const s = useStore(store);
  const [newField, setNewField] = useState<string>(FIELD_NAMES[0]!);
  const readOnly = isReadOnly(s.selectedId);
  const d = s.draft;

  return (
    <div className="editor">
      <RubricToolbar store={store} />
      <div className="columns">
        <section className="criteria" aria-label="Criteria">
          {readOnly ? (
            <p className="note">Presets are read-only: choose Duplicate to make an editable copy.</p>
          ) : (
            <>
              <TextField label="Name" value={d.name} wide onChange={(name) => s.rename(name)} />
              <TextField label="Description" value={d.description} wide multiline onChange={(text) => s.describe(text)} />
            </>
          )}
          {readOnly && d.description && <p className="muted">{d.description}</p>}
          {s.dirty && <p className="note">Unsaved changes (version {d.version} until saved).</p>}
          {s.draftError && (
            <div className="error" aria-live="polite">
              <strong>Not valid yet, so not saved:</strong>
              <pre>{s.draftError}</pre>
            </div>
          )}
          {s.invalidStored.length > 0 && (
            <div className="error">
              <strong>Stored rubrics that no longer validate (left untouched):</strong>
              <pre>{s.invalidStored.join('\n')}</pre>
            </div>
          )}
          {d.criteria.map((c, i) => (
            <CriterionEditor
              key={`${i}:${c.id}:${c.field}`}
              criterion={c}
              index={i}
              disabled={readOnly}
              otherIds={d.criteria.filter((_, j) => j !== i).map((x) => x.id)}
              onChange={(next) => s.replaceCriterion(i, next)}
              onRemove={() => s.removeCriterion(i)}
            />
          ))}
          {!readOnly && (
            <div className="row">
              <SelectField label="New criterion on" value={newField} onChange={setNewField}>
                {FIELD_NAMES.map((f) => (
                  <option key={f} value={f}>
                    {FIELDS[f].label} ({f})
                  </option>
                ))}
              </SelectField>
              <button type="button" onClick={() => isFieldName(newField) && s.addCriterion(newField)}>
                Add criterion
              </button>
            </div>
          )}
        </section>
        <ScorePreview rubric={s.lastValid} samples={samples} stale={s.draftError !== null} />
      </div>
    </div>
  );
}
