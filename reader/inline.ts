/** Inline markdown and HTML reduced to the text a reader sees on the rendered page. */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•',
  euro: '€', pound: '£', deg: '°', le: '≤', ge: '≥', harr: '↔', rarr: '→', larr: '←', times: '×',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
    }
    return NAMED[code.toLowerCase()] ?? all;
  });
}

const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|tr|td|th|h[1-6]|table|thead|tbody|section|details|summary|blockquote|dd|dt|dl)\b[^>]*>/gi;

/** Strips inline HTML tags (block tags become spaces) and decodes entities. */
export function stripHtml(text: string): string {
  return decodeEntities(text.replace(/<!--[\s\S]*?-->/g, ' ').replace(BLOCK_TAG, ' ').replace(/<\/?[a-z][^>]*>/gi, ''));
}

/** Markdown inline syntax to its visible text: links and images to their text, emphasis and code marks dropped. */
export function reduceMarkdown(text: string): string {
  let t = text;
  // An image's alt text is not visible page text.
  t = t.replace(/!\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '');
  t = t.replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1');
  t = t.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  t = t.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1');
  t = stripHtml(t);
  t = t.replace(/`+([^`]+)`+/g, '$1');
  t = t.replace(/\*\*(\S(?:[^*]*?\S)?)\*\*/g, '$1').replace(/__(\S(?:[^_]*?\S)?)__/g, '$1');
  t = t.replace(/(^|[^\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])/g, '$1$2');
  t = t.replace(/(^|[^\w])_(\S(?:[^_]*?\S)?)_(?!\w)/g, '$1$2');
  t = t.replace(/~~(\S(?:.*?\S)?)~~/g, '$1');
  t = t.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return t;
}
