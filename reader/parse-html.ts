import { parseHTML } from 'linkedom';

// Elements the HTML parser keeps in the head ("in head" insertion mode); anything else starts the body.
const HEAD_VOID = /^<(?:meta|link|base|basefont|bgsound)\b[^>]*>/i;
const HEAD_RAW = /^<(title|style|script|noscript|template)\b[^>]*>/i;
const SKIP = /^(?:<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<\/?(?:html|head)\b[^>]*>|\s+)/i;

/**
 * Gives markup the `<head>`/`<body>` structure a browser's parser would. linkedom puts nothing in the body
 * of valid HTML that leaves out the optional tags (`<!doctype html><title>…<h1>…`, `<html><h1>…`),
 * of a fragment (`<h1>…<p>…`) or of a server template, so the page would read as empty. Markup with
 * an explicit `<body>` where the body starts is returned as it is.
 */
export function withBody(html: string): string {
  let i = 0;
  let htmlAttrs = '';
  const head: string[] = [];
  for (;;) {
    const rest = html.slice(i, i + 4096);
    if (/^<body[\s>/]/i.test(rest)) return html; // an explicit body: the parser manages
    const skip = SKIP.exec(rest);
    if (skip) {
      const tag = /^<html\b([^>]*)>/i.exec(skip[0]);
      if (tag) htmlAttrs = tag[1]!;
      i += skip[0].length;
      continue;
    }
    const v = HEAD_VOID.exec(rest);
    if (v) {
      head.push(v[0]);
      i += v[0].length;
      continue;
    }
    const raw = HEAD_RAW.exec(html.slice(i, i + 1024));
    if (raw) {
      const closing = new RegExp(`</${raw[1]!}\\b[^>]*>`, 'gi');
      closing.lastIndex = i + raw[0].length;
      const close = closing.exec(html);
      const end = close ? close.index + close[0].length : html.length;
      head.push(html.slice(i, end));
      i = end;
      continue;
    }
    break;
  }
  // The body runs to the end; stray <body>, </body>, </head> and </html> tags are dropped as a browser would.
  const body = html.slice(i).replace(/<\/?(?:body|head|html)\b[^>]*>/gi, '');
  return `<!doctype html><html${htmlAttrs}><head>${head.join('')}</head><body>${body}</body></html>`;
}

/** Parses saved HTML into a Document as a browser would lay it out (see withBody). */
export function parsePage(html: string): Document {
  return parseHTML(withBody(html)).document as unknown as Document;
}
