/**
 * Bytes of a saved page → text, deciding the encoding in the WHATWG order: a byte-order mark first,
 * then (for HTML) a charset declared anywhere in the head — `<meta charset>`, `<meta http-equiv>` or the
 * XML declaration — then UTF-8 when the bytes are valid UTF-8, else Windows-1252. NUL characters are
 * dropped: a browser never shows them, and a quote must not carry one.
 */

// Windows-1252's 0x80–0x9F (curly quotes, dashes, €). Node 20's TextDecoder decodes the "windows-1252"
// label as ISO-8859-1 and turns "We’re" into "We\u0092re"; the WHATWG spec says those labels mean 1252.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const LATIN = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'l1', 'ascii', 'us-ascii', 'x-cp1252', 'iso8859-1', 'iso_8859-1', 'cp819', 'ibm819']);

function decode1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 65536) {
    let out = '';
    for (const b of bytes.subarray(i, i + 65536)) out += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b);
    parts.push(out);
  }
  return parts.join('');
}

/** The encoding a byte-order mark names, and the mark's length; null without one. */
export function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/**
 * The charset an HTML page declares: the XML declaration's encoding, or a `<meta charset>` /
 * `<meta http-equiv="Content-Type" content="…; charset=…">` anywhere before the body starts.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  // The head ends at <body or at the first 1 MB, whichever comes first; ASCII-compatible bytes suffice.
  let head = Buffer.from(bytes.subarray(0, 1024 * 1024)).toString('latin1');
  const body = head.search(/<body[\s>]/i);
  if (body >= 0) head = head.slice(0, body);
  head = head.replace(/<!--[\s\S]*?-->/g, '');
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']\s*([\w.:-]+)/i.exec(head)?.[1];
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  const label = (meta ?? xml)?.toLowerCase();
  return label ?? null;
}

function fatalUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(label: string, bytes: Uint8Array): string | null {
  if (LATIN.has(label)) return decode1252(bytes);
  // A meta tag read with an ASCII-compatible scan cannot really be UTF-16: WHATWG reads it as UTF-8.
  if (label.startsWith('utf-16') || label === 'utf-8' || label === 'utf8' || label === 'unicode-1-1-utf-8') return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null; // an unknown label: fall through to the next rule
  }
}

/** Decodes a saved page. `html` says whether a declared charset counts (text files have none). */
export function decodePage(bytes: Uint8Array, opts: { html?: boolean } = { html: true }): string {
  return decodeBytes(bytes, opts).replaceAll('\u0000', '');
}

function decodeBytes(bytes: Uint8Array, opts: { html?: boolean }): string {
  const bom = bomOf(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const declared = opts.html === false ? null : declaredCharset(bytes);
  const viaLabel = declared ? decodeAs(declared, bytes) : null;
  if (viaLabel !== null) return viaLabel;
  return fatalUtf8(bytes) ?? decode1252(bytes);
}
