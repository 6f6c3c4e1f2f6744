import { collapse } from '../reader/builder';
import { isHidden } from '../reader/dom-kinds';

/** Where a quote sits when Assay could not make it visible, in the reviewer's words; null when visible. */
export type Revealed = { visible: true } | { visible: false; where: string };

/** The element's ancestors, innermost first, crossing shadow roots (not frames). */
function ancestors(node: Node): Element[] {
  const out: Element[] = [];
  let n: Node | null = node.parentNode;
  while (n) {
    if (n.nodeType === 1) out.push(n as Element);
    n = n.parentNode ?? ((n as ShadowRoot).host as Node | undefined) ?? null;
  }
  return out;
}

function shown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  return el.getClientRects().length > 0;
}

/** The control that opens `panel`: one naming it in aria-controls, else an aria-expanded control next to it. */
function controlOf(panel: Element): HTMLElement | null {
  const root = panel.getRootNode() as Document | ShadowRoot;
  if (panel.id) {
    for (const c of Array.from(root.querySelectorAll('[aria-controls]'))) {
      if ((c.getAttribute('aria-controls') ?? '').split(/\s+/).includes(panel.id)) return c as HTMLElement;
    }
  }
  const parent = panel.parentElement;
  if (!parent) return null;
  for (const c of Array.from(parent.children)) {
    if (c === panel) break;
    const ctl = c.matches('[aria-expanded], button, summary') ? c : c.querySelector('[aria-expanded], button');
    if (ctl) return ctl as HTMLElement;
  }
  return null;
}

/** "the collapsed answer “Where is my data stored?”": the question or title of the panel. */
function describe(panel: Element): string {
  if (panel.localName === 'details') {
    const s = collapse(panel.querySelector('summary')?.textContent ?? '');
    return s ? `inside the collapsed answer “${s.slice(0, 120)}”, which Assay could not open` : 'inside a collapsed section Assay could not open';
  }
  const label = collapse(controlOf(panel)?.textContent ?? '');
  if (label) return `inside the collapsed answer “${label.slice(0, 120)}”, which Assay could not open`;
  let prev = panel.previousElementSibling;
  while (prev && !collapse(prev.textContent ?? '')) prev = prev.previousElementSibling;
  const heading = collapse(prev?.textContent ?? '');
  return heading && heading.length <= 160 ? `inside the collapsed section “${heading}”, which Assay could not open` : 'inside a collapsed or hidden part of the page Assay could not open';
}

const settle = () => new Promise((r) => setTimeout(r, 120));

/**
 * Opens what hides `node`: closed <details> are opened, hidden panels get their control clicked (as the
 * reviewer would). Says where the quote is when it stays hidden.
 */
export async function reveal(node: Node): Promise<Revealed> {
  const target = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!target || shown(target)) return { visible: true };
  const chain = ancestors(node).reverse(); // outermost first: open the outer panel before the inner one
  let outermostHidden: Element | null = null;
  for (const el of chain) {
    if (el.localName === 'details' && !(el as HTMLDetailsElement).open) {
      outermostHidden ??= el;
      (el as HTMLDetailsElement).open = true;
      continue;
    }
    if (!isHidden(el) && shown(el)) continue;
    if (!isHidden(el) && el.parentElement && !shown(el.parentElement)) continue; // hidden by an ancestor, handled there
    outermostHidden ??= el;
    const control = controlOf(el);
    if (control && control.getAttribute('aria-expanded') !== 'true') {
      control.click();
      await settle();
    }
  }
  if (shown(target)) return { visible: true };
  return { visible: false, where: outermostHidden ? describe(outermostHidden) : 'in a hidden part of the page Assay could not open' };
}
