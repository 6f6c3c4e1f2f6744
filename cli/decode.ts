// Windows-1252's 0x80–0x9F (curly quotes, dashes, €). Node 20's TextDecoder decodes the "windows-1252"
// label as ISO-8859-1 and turns "We’re" into "We\u0092re"; the WHATWG spec says those labels mean 1252.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const LATIN = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'l1', 'ascii', 'us-ascii', 'x-cp1252', 'iso8859-1']);

function decode1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b);
  return out;
}

/** Decodes a saved page: UTF-8 unless its HTML declares another charset (windows-1252, shift_jis, ...). */
export function decodePage(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && LATIN.has(declared)) return decode1252(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: read it as UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
