// Run as its own process by cli/pdf.ts (`node --import tsx cli/pdf-read.ts FILE`): pdf.js is
// asynchronous and the CLI reads files one after another, synchronously. Prints the Page as JSON, or
// `{ "error": "..." }`.
import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdf, type PdfJs } from '../reader/pdf';

const file = process.argv[2]!;
try {
  const page = await readPdf(new Uint8Array(readFileSync(file)), pdfjs as unknown as PdfJs);
  process.stdout.write(JSON.stringify(page));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
}
