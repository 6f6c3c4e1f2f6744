/**
 * Writes a small, valid PDF (1.4, Helvetica, one text line per entry, 16 pt apart; an empty string
 * leaves a blank line) for tests: no PDF library needed, and every byte is known.
 */
export function makePdf(pages: string[][], title?: string): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((lines, i) => {
    const id = pageIds[i]!;
    const ops = lines.map((l, k) => `${k === 0 ? '' : '0 -16 Td '}(${esc(l)}) Tj`).join('\n');
    const stream = `BT /F1 12 Tf 72 740 Td\n${ops}\nET`;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  const infoId = objects.length;
  if (title) objects[infoId] = `<< /Title (${esc(title)}) >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R${title ? ` /Info ${infoId} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A three-page security whitepaper: the claims on pages 2 and 3, one sentence wrapped over two lines. */
export const WHITEPAPER = [
  ['Acme Security Whitepaper', '', 'Acme builds project software for teams of every size around the world.'],
  ['Compliance', '', 'Acme has completed a SOC 2 Type II audit covering security and availability.', '', 'Data protection', '', 'All customer data is encrypted at rest using AES-256 and in transit', 'with TLS 1.2 or higher.'],
  ['Incident response', '', 'We notify affected customers of a data breach within 72 hours.'],
];
