import { useRef } from 'react';
import { useStore } from 'zustand';
import { sizeError } from '../../rubric/schema';
import { SelectField } from './Fields';
import { isReadOnly, type RubricEditorStore } from './rubric-store';

/** Choose a rubric; make it active, duplicate, save, reset, delete, import and export it. */
export function RubricToolbar({ store }: { store: RubricEditorStore }) {
  const s = useStore(store);
  const fileInput = useRef<HTMLInputElement>(null);
  const readOnly = isReadOnly(s.selectedId);
  const all = [...s.presets, ...s.stored];

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Refuse a huge file before reading it into memory.
    const tooLarge = sizeError(file.size);
    if (tooLarge) s.rejectImport(tooLarge);
    else await s.importText(await file.text());
    if (fileInput.current) fileInput.current.value = '';
  };
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([s.exportText()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${s.draft.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="toolbar">
      <SelectField label="Rubric" value={s.selectedId} onChange={(id) => s.select(id)}>
          <optgroup label="Presets (read-only)">
            {s.presets.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.id === s.activeId ? ' — active' : ''}
              </option>
            ))}
          </optgroup>
          {s.stored.length > 0 && (
            <optgroup label="Yours">
              {s.stored.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} (v{r.version}){r.id === s.activeId ? ' — active' : ''}
                </option>
              ))}
            </optgroup>
          )}
      </SelectField>
      <button type="button" onClick={() => s.activate()} disabled={s.selectedId === s.activeId || s.dirty}>
        Make active
      </button>
      <button type="button" onClick={() => s.duplicate()}>
        Duplicate
      </button>
      <button type="button" onClick={() => s.save()} disabled={readOnly || !s.dirty || s.draftError !== null}>
        Save
      </button>
      <button type="button" onClick={() => s.resetToPreset()} disabled={readOnly}>
        Reset to preset
      </button>
      <button type="button" onClick={() => s.remove()} disabled={readOnly}>
        Delete
      </button>
      <button type="button" onClick={exportFile}>
        Export JSON
      </button>
      <label className="field file">
        Import JSON
        <input ref={fileInput} type="file" accept="application/json,.json" onChange={(e) => onFile(e.target.files?.[0])} />
      </label>
      {all.length === 0 && <p>No rubrics.</p>}
      {s.importError && (
        <div role="alert" className="error">
          <strong>Import rejected; your rubrics are unchanged.</strong>
          <pre>{s.importError}</pre>
        </div>
      )}
      <p role="status" className="notice">
        {s.notice}
      </p>
    </div>
  );
}
