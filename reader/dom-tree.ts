/**
 * The tree as the reviewer sees it rendered: open shadow roots in place of their host's light children,
 * slots replaced by what is assigned to them, and same-origin iframes' documents inside the iframe.
 * Shared by the reader (reader/dom-walk.ts) and the quote finder (browser/find-quote.ts) so a quote
 * is looked for where it was read. Works on linkedom documents (no shadow roots, no frames) too.
 */

/** A frame whose document Assay may not read (another origin): its address, for the popup to name. */
export type OnUnreadableFrame = (src: string) => void;

/** The children to walk under `node`, in rendered order. */
export function composedChildren(node: Node, onUnreadable?: OnUnreadableFrame, tag?: string): ArrayLike<Node> {
  const el = node as Element & { shadowRoot?: ShadowRoot | null; assignedNodes?: (o?: { flatten?: boolean }) => Node[] };
  if (node.nodeType !== 1) return node.childNodes;
  const local = tag ?? (el.localName || '').toLowerCase();
  if (local === 'iframe' || local === 'frame') {
    const body = frameBody(el as HTMLIFrameElement, onUnreadable);
    return body ? [body] : [];
  }
  if (local === 'slot' && typeof el.assignedNodes === 'function') {
    const assigned = el.assignedNodes({ flatten: false });
    if (assigned.length > 0) return assigned;
  }
  const root = el.shadowRoot;
  if (root && root.childNodes.length > 0) return root.childNodes;
  return node.childNodes;
}

/** The body of a same-origin frame; null (and reported) when the frame is another origin's. */
function frameBody(frame: HTMLIFrameElement, onUnreadable?: OnUnreadableFrame): Element | null {
  let doc: Document | null = null;
  try {
    doc = frame.contentDocument;
  } catch {
    doc = null;
  }
  if (doc?.body) return doc.body;
  const src = frame.getAttribute('src');
  // A frame without a document and with a web address is another origin's: say so. An empty frame
  // (no src, about:blank, a lazily loaded frame not yet shown) is nothing to read and nothing to report.
  if (!doc && src && onUnreadable && !tiny(frame)) {
    try {
      const base = frame.ownerDocument?.baseURI ?? undefined;
      const url = new URL(src, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') onUnreadable(url.href);
    } catch {
      // not an address
    }
  }
  return null;
}

/** A frame too small to hold anything to read (a tracking pixel, a 1×1 helper frame). */
function tiny(frame: HTMLIFrameElement): boolean {
  const w = Number(frame.getAttribute('width') ?? NaN);
  const h = Number(frame.getAttribute('height') ?? NaN);
  if (w <= 2 || h <= 2) return true;
  const box = typeof frame.getBoundingClientRect === 'function' ? frame.getBoundingClientRect() : null;
  return box !== null && box.width * box.height > 0 && (box.width < 40 || box.height < 20);
}
