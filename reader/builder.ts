import type { Block, BlockKind } from '../claims/types';

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  // Most texts reach here already collapsed (a block's text is collapsed again when it is pushed): test before copying.
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
const NEEDS_COLLAPSE = /[^\S ]| {2}|^ | $/;

/** A single-sentence line ending in "?" (a FAQ question), not a paragraph that happens to end in one. */
export function isQuestionText(text: string): boolean {
  // "Q: Our questionnaire asks for your hosting provider's certifications.": a line marked as a question is one.
  if (/^\s*Q\s*[:.]\s+\S/.test(text) && text.length <= 240 && !/^\s*Q\s*[:.]\s+\S[^?]*\?\s+\S/.test(text)) return true;
  if (!/\?["'”’)]*$/.test(text) || text.length > 240) return false;
  if (text.split(' ').length > 32) return false;
  // "Yes. Do you also …?" is an answer that asks back, not a question heading.
  return !/[.!]\s+[A-Z]/.test(text.replace(/\b(?:e\.g|i\.e|etc|vs|Inc|Ltd)\.\s/g, ''));
}

/** A short line with no final punctuation: a heading or a label, never a sentence. */
export function isShort(text: string): boolean {
  return text.length <= 70 && text.split(' ').length <= 9 && !/[.,;:!?]["'”’)]*$/.test(text) && !/^\W*$/.test(text);
}

/** The longest block text the reader emits; longer paragraphs are cut after a sentence. */
export const MAX_BLOCK_CHARS = 20_000;

/** Where to cut an overlong text: after the last sentence end before the limit, else at the last space, else hard. */
function cutAt(t: string): number {
  const window = t.slice(0, MAX_BLOCK_CHARS);
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  if (sentence > MAX_BLOCK_CHARS / 2) return sentence + 1;
  const space = window.lastIndexOf(' ');
  return space > MAX_BLOCK_CHARS / 2 ? space : MAX_BLOCK_CHARS;
}

interface Heading {
  level: number;
  text: string;
}

/**
 * Accumulates blocks in reading order and keeps the context every reader must attach the same way:
 * the heading path, the FAQ question an answer belongs to, and the lead-in of a list.
 */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  chars = 0;
  private path: Heading[] = [];
  private question: string | undefined;

  private push(kind: BlockKind, text: string, extra: Partial<Block> = {}): Block | undefined {
    let t = collapse(text);
    if (!t) return undefined;
    // A giant paragraph (a policy pasted as one <p>, a hostile page) becomes several blocks cut after a
    // sentence, so no block is larger than MAX_BLOCK_CHARS and every later step stays bounded per block.
    while (t.length > MAX_BLOCK_CHARS && (kind === 'paragraph' || kind === 'list-item')) {
      const cut = cutAt(t);
      this.push(kind, t.slice(0, cut), extra);
      t = t.slice(cut).trimStart();
    }
    if (t.length > MAX_BLOCK_CHARS) t = t.slice(0, MAX_BLOCK_CHARS); // a giant heading, row or label: its start is enough
    const block: Block = { index: this.blocks.length, kind, text: t, headings: this.path.map((h) => h.text), ...extra };
    if (this.question !== undefined && kind !== 'question' && kind !== 'heading') block.question = this.question;
    this.blocks.push(block);
    this.chars += t.length;
    return block;
  }

  /** A heading at `level` (1 = outermost); a heading that is a question becomes a question block. */
  heading(text: string, level: number): void {
    const t = collapse(text);
    if (!t) return;
    while (this.path.length > 0 && this.path[this.path.length - 1]!.level >= level) this.path.pop();
    if (isQuestionText(t)) {
      this.questionBlock(t);
      return;
    }
    this.question = undefined;
    this.push('heading', t);
    this.path.push({ level, text: t });
  }

  questionBlock(text: string): void {
    const b = this.push('question', text);
    if (b) this.question = b.text;
  }

  /** Ends the reach of the current question (e.g. at the end of a <details> element). */
  endQuestion(): void {
    this.question = undefined;
  }

  /** Removes headings at `level` or deeper (the end of a section whose heading was pushed). */
  closeHeadings(level: number): void {
    while (this.path.length > 0 && this.path[this.path.length - 1]!.level >= level) this.path.pop();
  }

  paragraph(text: string, extra: Partial<Block> = {}): Block | undefined {
    return this.push('paragraph', text, extra);
  }

  labelValue(label: string, value: string, text = `${label} ${value}`): Block | undefined {
    return this.push('label-value', text, { label: collapse(label), value: collapse(value) });
  }

  listItem(text: string, lead?: string): Block | undefined {
    const t = collapse(text);
    const extra: Partial<Block> = lead ? { lead: collapse(lead) } : {};
    const lv = splitLabelColon(t);
    if (lv) Object.assign(extra, lv);
    return this.push('list-item', t, extra);
  }

  tableRow(cells: string[], header: string[] | undefined, text: string): Block | undefined {
    const extra: Partial<Block> = { cells: cells.map(collapse) };
    if (header && header.length > 0) extra.header = header.map(collapse);
    return this.push('table-row', text, extra);
  }

  last(): Block | undefined {
    return this.blocks[this.blocks.length - 1];
  }
}

/** "In transit: All connections use TLS 1.2+" -> label "In transit", value "All connections use TLS 1.2+". */
export function splitLabelColon(text: string): { label: string; value: string } | undefined {
  const m = /^([A-Z][^:.?!]{0,48}):\s+(\S.*)$/.exec(text);
  if (!m || m[1]!.split(' ').length > 6 || /https?$/i.test(m[1]!)) return undefined;
  return { label: m[1]!.trim(), value: m[2]!.trim() };
}
