import { BlockBuilder, collapse, isQuestionText, isShort, splitLabelColon } from './builder';
import { boldLead, boldOnly, controlledIds, headingLevel, isBlockTag, isChip, isChrome, isFaqQuestion, isSkipped, isSpacedInline, opensAnswer, tagOf } from './dom-kinds';
import { composedChildren, type OnUnreadableFrame } from './dom-tree';

export interface WalkStats {
  partial: boolean;
  maxDepth: number;
  elements: number;
}

export interface WalkLimits {
  /** performance.now() after which reading stops. */
  deadline: number;
  maxChars: number;
  /** Skip nav, footer, aside and a site header (when walking a whole body rather than Readability's article). */
  skipChrome: boolean;
  /** Told the address of each frame Assay may not read (another origin's). */
  onUnreadableFrame?: OnUnreadableFrame;
}

interface TableCtx {
  header?: string[];
  row: string[] | null;
  rowAllTh: boolean;
  cell: string[] | null;
}

const ELEMENT = 1;
const TEXT = 3;

/**
 * Walks `root` in document order without recursion (a 5,000-deep DOM must not overflow the stack),
 * building text from block elements so tightly packed markup ("data.</p><p>Compliance") stays apart.
 * Reports whether a limit stopped it early, and how deep and large the DOM was.
 */
export function walkDom(root: Element, b: BlockBuilder, limits: WalkLimits): WalkStats {
  const stack: { node: Node; exit?: boolean; depth: number }[] = [{ node: root, depth: 0 }];
  let maxDepth = 0;
  let elements = 0;
  const open: Element[] = []; // block elements we are inside, innermost last
  const tables: TableCtx[] = [];
  const leads: (string | undefined)[] = [];
  let buf = '';
  let soft = false;
  let label: string | null = null;
  let held: { text: string; parent: Node | null } | null = null;
  let steps = 0;
  // Ids opened by disclosure controls, per document and shadow root as the walk enters them; looked up
  // the first time a hidden element asks, so a page with nothing hidden never pays for it.
  let controlled: Set<string> | null = null;
  const pendingRoots: ParentNode[] = [root.ownerDocument ?? root];
  const panelIds = (): Set<string> => {
    controlled ??= new Set();
    while (pendingRoots.length > 0) for (const id of controlledIds(pendingRoots.pop()!)) controlled.add(id);
    return controlled;
  };

  const release = () => {
    if (held) b.paragraph(held.text);
    held = null;
    if (label !== null) b.paragraph(label);
    label = null;
  };
  const emit = (text: string, owner: Element | undefined) => {
    const table = tables[tables.length - 1];
    if (table?.cell) {
      table.cell.push(text);
      return;
    }
    const tag = owner ? tagOf(owner) : 'div';
    const level = owner ? headingLevel(owner, tag) : 0;
    if (label !== null && (tag === 'dd' || owner?.closest('dd'))) {
      const l = label;
      label = null;
      b.labelValue(l, text);
      return;
    }
    if (tag !== 'dt' && tag !== 'dd' && held && held.parent === owner?.parentNode && !isQuestionText(text) && text.length <= 120) {
      const h = held;
      held = null;
      b.labelValue(h.text, text);
      return;
    }
    release();
    const question = isQuestionText(text) || (owner !== undefined && (isFaqQuestion(owner) || opensAnswer(owner, text)));
    if (tag === 'dt') label = text;
    else if (level > 0) {
      if (question && !isQuestionText(text)) b.questionBlock(text);
      else b.heading(text, level);
    } else if (tag === 'summary') {
      if (question) b.questionBlock(text);
      else b.heading(text, 7);
    }
    else if (tag === 'li') {
      const item = b.listItem(text, leads[leads.length - 1]);
      const lead = item && !item.label && owner ? boldLead(owner, text) : undefined;
      if (item && lead) Object.assign(item, { label: lead, value: text.slice(lead.length).trim() });
    }
    else if (question) b.questionBlock(text);
    else if (owner && boldOnly(owner, text)) b.heading(text, 7);
    else if ((tag === 'div' || tag === 'section') && isShort(text)) held = { text, parent: owner?.parentNode ?? null };
    else {
      const lv = text.length <= 160 ? splitLabelColon(text) : undefined;
      if (lv) b.labelValue(lv.label, lv.value, text);
      else b.paragraph(text);
    }
  };
  const flush = () => {
    const owner = open[open.length - 1];
    // A code or config block ("primary: eu-west-1  # Dublin", "backups: eu-central-1 # Frankfurt"): each line says
    // its own thing, so each is read on its own. Prose in <pre> (hard-wrapped text) stays one paragraph.
    const lines = owner && tagOf(owner) === 'pre' ? codeLines(buf) : null;
    const text = lines ? '' : collapse(buf);
    buf = '';
    soft = false;
    if (lines) for (const line of lines) emit(line, owner);
    else if (text) emit(text, owner);
  };

  while (stack.length > 0) {
    if ((++steps & 255) === 0 && (performance.now() > limits.deadline || b.chars > limits.maxChars)) {
      flush();
      release();
      return { partial: true, maxDepth, elements };
    }
    const { node, exit, depth } = stack.pop()!;
    if (node.nodeType === TEXT) {
      const t = node.nodeValue ?? '';
      if (soft && buf && !/\s$/.test(buf) && !/^[\s.,;:!?)\]]/.test(t)) buf += ' ';
      soft = false;
      buf += t;
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as Element;
    const tag = tagOf(el);
    const block = isBlockTag(tag) || headingLevel(el, tag) > 0 || isChip(el, tag);
    if (exit) {
      if (block) closeBlock(el, tag);
      else if (isSpacedInline(el, tag)) soft = true;
      continue;
    }
    if (el !== root && (isSkipped(el, tag, panelIds) || (limits.skipChrome && isChrome(el, tag)))) {
      if (tag === 'img' || tag === 'input') soft = true;
      continue;
    }
    if (tag === 'br') {
      buf += ' ';
      continue;
    }
    if (block) openBlock(el, tag);
    else if (isSpacedInline(el, tag)) soft = true;
    elements++;
    if (depth > maxDepth) maxDepth = depth;
    stack.push({ node: el, exit: true, depth });
    const kids = composedChildren(el, limits.onUnreadableFrame, tag);
    if (kids !== el.childNodes && kids.length > 0 && tag !== 'slot') {
      // Entering a shadow root or a frame's document: its disclosure controls open panels within it.
      const inner = tag === 'iframe' || tag === 'frame' ? (kids[0] as Element).ownerDocument : (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (inner) pendingRoots.push(inner);
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth: depth + 1 });
  }
  flush();
  release();
  return { partial: false, maxDepth, elements };

  function openBlock(el: Element, tag: string) {
    flush();
    if (tag === 'ul' || tag === 'ol') {
      const prev = b.last();
      const direct = prev && (prev.kind === 'paragraph' || prev.kind === 'label-value' || prev.kind === 'list-item');
      leads.push(direct && !held ? prev.text : undefined);
    } else if (tag === 'table') tables.push({ row: null, rowAllTh: true, cell: null });
    else if (tag === 'tr' && tables.length > 0) Object.assign(tables[tables.length - 1]!, { row: [], rowAllTh: true });
    else if ((tag === 'td' || tag === 'th') && tables.length > 0) {
      const t = tables[tables.length - 1]!;
      t.cell = [];
      if (tag === 'td') t.rowAllTh = false;
    }
    open.push(el);
  }

  function closeBlock(el: Element, tag: string) {
    flush();
    open.pop();
    if (tag === 'ul' || tag === 'ol') leads.pop();
    else if (tag === 'details') {
      release();
      b.endQuestion();
      b.closeHeadings(7);
    } else if ((tag === 'td' || tag === 'th') && tables.length > 0) {
      const t = tables[tables.length - 1]!;
      t.row?.push(collapse((t.cell ?? []).join(' ')));
      t.cell = null;
    } else if (tag === 'tr' && tables.length > 0) {
      const t = tables[tables.length - 1]!;
      const cells = t.row ?? [];
      t.row = null;
      if (cells.length === 0 || cells.every((c) => !c)) return;
      const inHead = el.parentNode && tagOf(el.parentNode as Element) === 'thead';
      if (!t.header && (t.rowAllTh || inHead)) t.header = cells;
      else if (cells.filter(Boolean).length === 1) emitAfterTable(cells.filter(Boolean)[0]!);
      else {
        release();
        b.tableRow(cells, t.header, cells.filter(Boolean).join(' '));
      }
    } else if (tag === 'table') tables.pop();
  }

  function emitAfterTable(text: string) {
    const t = tables.pop();
    emit(text, undefined);
    if (t) tables.push(t);
  }
}

/** The lines of a <pre> block when it reads as code or configuration (most lines hold a ":", "=", "#" or "{"); else null. */
export function codeLines(text: string): string[] | null {
  const lines = text.split('\n').map((l) => collapse(l)).filter((l) => l.length > 0);
  if (lines.length < 3) return null;
  const coded = lines.filter((l) => /[:=#{}]/.test(l) && !/[.!?]["')]?$/.test(l)).length;
  return coded * 2 >= lines.length ? lines : null;
}
