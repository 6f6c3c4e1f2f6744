// Writes the pipeline's current reading of every labelled fixture into actual.json beside its set's expected.json,
// so a human can diff the two (git-ignored; expected.json is never rewritten by a script).
// usage: npx tsx tests/tools/regen-expected.ts
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { toOutput } from '../../cli/commands/extract';
import { extractFile } from '../../cli/load';
import { FIXTURES, labelledPages } from '../unit/helpers/fixtures';

const files = new Map<string, Record<string, unknown>>();
let count = 0;
for (const page of labelledPages()) {
  let entry: Record<string, unknown>;
  try {
    const out = toOutput(page.file, extractFile(page.file));
    entry = { vendor: out.vendor, partial: out.partial, fields: out.fields };
  } catch (e) {
    entry = { error: (e as Error).message };
  }
  files.set(page.actualFile, { ...(files.get(page.actualFile) ?? {}), [page.name]: entry });
  count++;
}
for (const [file, json] of files) writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
console.log(`wrote ${files.size} actual.json files for ${count} pages under ${relative(process.cwd(), FIXTURES)}`);
