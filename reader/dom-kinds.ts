import { collapse } from './builder';

/** How the DOM walker treats each element: skipped, a block boundary, or inline text. */

const SKIP = new Set(
  'script style noscript template svg canvas object embed select option textarea input head meta link img picture video audio map math dialog'.split(' '),
);
const BLOCK = new Set(
  'address article aside blockquote body dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr td th caption ul center'.split(' '),
);
// Inline elements that often split a word ("<b>S</b>OC"); others get a space at their edges, so
// "<strong>SOC 2 Type II</strong><span>Audited</span>" does not read "IIAudited".
const TIGHT = new Set('a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small strong sub sup time u var wbr del ins'.split(' '));
const CHROME_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'search', 'alertdialog']);
const NOISE = /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr-banner|onetrust|cc-banner|skip-link|breadcrumbs?|sr-only|visually-hidden)(?:$|[\s_-])/i;

export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export function isBlockTag(tag: string): boolean {
  return BLOCK.has(tag);
}

// A row of badges or chips: "<div class='hero-badges'><span class='hero-badge'>SOC 2 Type II</span><span
// class='hero-badge'>CREST Accredited</span>…": inline siblings of one class with nothing but spaces between them are
// items, each its own block ("CREST Accredited" says nothing of SOC 2). Not inside prose (a <p>, a heading, a list item).
const CHIP_TAGS = new Set(['span', 'a', 'strong', 'b', 'em', 'small', 'mark', 'label']);
const PROSE_PARENT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dd', 'dt', 'summary', 'button', 'label', 'blockquote', 'figcaption', 'caption']);
const chipParents = new WeakMap<Element, Map<string, boolean>>();
export function isChip(el: Element, tag: string): boolean {
  if (!CHIP_TAGS.has(tag)) return false;
  const cls = el.getAttribute('class');
  const parent = el.parentElement;
  if (!cls || !parent || PROSE_PARENT.has(tagOf(parent))) return false;
  let byClass = chipParents.get(parent);
  if (!byClass) {
    // Computed once per parent: the tag+class pairs with two or more children, or none when text stands between them.
    byClass = new Map();
    let bare = false;
    for (let n = parent.firstChild; n && !bare; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) bare = true;
    if (!bare) {
      // Three or more chips of one class, most of them more than one word or an acronym, none a label ending in ":"
      // (not per-word animation spans, not "<span class='pill'>ISO 27001</span><span class='pill'>Planned for 2026</span>").
      const groups = new Map<string, string[]>();
      const kids = parent.children;
      for (let i = 0; i < kids.length; i++) {
        const key = `${kids[i]!.tagName} ${kids[i]!.getAttribute('class') ?? ''}`;
        const list = groups.get(key) ?? [];
        list.push((kids[i]!.textContent ?? '').trim());
        groups.set(key, list);
      }
      for (const [key, texts] of groups) {
        const itemLike = texts.filter((t) => /\s/.test(t) || /[A-Z]{2,}|\d/.test(t)).length * 2 >= texts.length;
        byClass.set(key, texts.length >= 3 && itemLike && !texts.some((t) => /:$/.test(t)));
      }
    }
    chipParents.set(parent, byClass);
  }
  return byClass.get(`${el.tagName} ${cls}`) === true;
}

/** An inline element read as a word apart (a space on each side): any but the tight ones, and a footnote mark. */
export function isSpacedInline(el: Element, tag: string): boolean {
  return !isTight(tag) || (tag === 'sup' && isFootnoteMark(el));
}

function isTight(tag: string): boolean {
  return TIGHT.has(tag);
}

// Disclosure panels (accordions, collapsible FAQ answers, tab panels) hide content the reviewer can open:
// it is content. Menus, modals, popovers and the like hide what is not.
const PANEL = /(?:^|[\s_-])(?:accordion|collapse|collapsible|collapsed|faq|answer|panel|tab-?pane|tabpanel|expandable|expander|disclosure|toggle-content|reveal|details?)(?:$|[\s_-])/i;
const NOT_PANEL = /(?:^|[\s_-])(?:modal|dialog|popup|popover|tooltip|overlay|menu|dropdown|nav|navbar|drawer|search|cart|banner|toast|newsletter|subscribe|login|signin)(?:$|[\s_-])/i;

/** Ids of elements a disclosure control opens (`aria-controls` of an element with `aria-expanded`). */
export function controlledIds(root: ParentNode): Set<string> {
  const ids = new Set<string>();
  for (const c of Array.from(root.querySelectorAll('[aria-controls][aria-expanded]'))) {
    for (const id of (c.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) ids.add(id);
  }
  return ids;
}

/** A collapsed panel the reviewer could open: its hiding does not make it any less the page's content. */
export function isPanel(el: Element, tag: string, controlled: ReadonlySet<string>): boolean {
  if (el.getAttribute('aria-modal') === 'true' || /^(?:dialog|alertdialog|menu|tooltip)$/.test(el.getAttribute('role') ?? '')) return false;
  if (tag === 'details' || el.getAttribute('role') === 'tabpanel') return true;
  if (el.id && controlled.has(el.id)) return true;
  const parent = el.parentElement;
  if (parent && tagOf(parent) === 'details') return true;
  const cls = el.getAttribute('class') ?? '';
  return PANEL.test(cls) && !NOT_PANEL.test(cls);
}

/** Hidden by markup: the hidden attribute, aria-hidden, or an inline display:none / visibility:hidden. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return Boolean(style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style));
}

/**
 * Elements never read: scripts, media, cookie banners, and hidden nodes other than collapsed disclosure
 * panels (`controlled` gives the ids opened by an aria-expanded control, see controlledIds; called only
 * for a hidden element).
 */
export function isSkipped(el: Element, tag: string, controlled: () => ReadonlySet<string> = () => EMPTY): boolean {
  if (SKIP.has(tag)) return true;
  // A footnote mark right after a number is dropped: read as a word it would be the number ("within 72¹ hours" is 72).
  if (tag === 'sup' && /\d$/.test(el.previousSibling?.textContent ?? '') && isFootnoteMark(el)) return true;
  const marks = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  if (NOISE.test(marks)) return true;
  // The controlled ids are looked up only when something is hidden: a page with nothing hidden pays nothing.
  return isHidden(el) && !isPanel(el, tag, controlled());
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * A footnote's mark ("Not yet<sup><a href="#fn1">1</a></sup>", "<sup>*</sup>", "<sup>[2]</sup>"): read run on, the mark
 * hides the words it follows ("Not yet1"), so it is read as a word of its own ("Not yet 1"). It is not dropped: a quote
 * that spans it must still be found on the page, whose text holds it.
 */
export function isFootnoteMark(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  if (!/^\[?(?:\d{1,3}|[*†‡§a-z])\]?$/.test(text)) return false;
  const link = el.querySelector('a');
  // A bare number is an exponent after a number or a unit ("10<sup>6</sup>", "m<sup>2</sup>") and a mark after a word
  // ("handled by sub-processor<sup>2</sup>", "Implemented<sup>1</sup>").
  return link === null ? !/^\d+$/.test(text) || /^\[/.test(text) || /\p{L}{3}[)"'”’]?$/u.test(el.previousSibling?.textContent ?? '') : (link.getAttribute('href') ?? '').startsWith('#');
}

/**
 * Site chrome around the content: navigation, footers, sidebars, a site header that holds the nav. A sidebar that
 * holds prose of its own (a "Security at a glance" card beside a post, a box of commitments) is content: the reviewer
 * reads it. One that is mostly links or a line or two (related posts, a table of contents, a newsletter box) is chrome.
 */
export function isChrome(el: Element, tag: string): boolean {
  if (tag === 'nav' || tag === 'footer') return true;
  if (tag === 'aside') return !holdsProse(el);
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  return tag === 'header' && el.querySelector('nav, [role="navigation"]') !== null;
}

/** FAQ markup that marks an element as a question even without a "?" (schema.org Question names, "faq-question"). */
export function isFaqQuestion(el: Element): boolean {
  if (el.getAttribute('itemprop') === 'name' && el.closest('[itemtype*="Question"]')) return true;
  return /(?:^|[\s_-])(?:faq[-_]?(?:q|question|title|header)|question|accordion[-_](?:header|title|button|trigger))(?:$|[\s_-])/i.test(
    el.getAttribute('class') ?? '',
  );
}

/**
 * The text is a disclosure control's own label ending in a question mark: "<button aria-expanded='false'
 * aria-controls='a1'>We have an old SOC 2 report on file. Does it still count?</button>" is the FAQ's question even
 * though it opens with a statement (a button is inline, so its text reaches the walk under its block parent).
 */
export function opensAnswer(el: Element, text: string): boolean {
  if (!/\?["'”’)]*$/.test(text)) return false;
  const control = el.matches('[aria-expanded]') ? el : el.querySelector(':scope > [aria-expanded]');
  return !!control && (control.textContent ?? '').replace(/\s+/g, ' ').trim() === text;
}

/** Heading level of h1–h6 or role="heading"; 0 when not a heading. */
export function headingLevel(el: Element, tag: string): number {
  const m = /^h([1-6])$/.exec(tag);
  if (m) return Number(m[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  return 0;
}

/** "<li><strong>SOC 2 Type II</strong><span>Audited annually</span></li>": the bold lead is a label. */
export function boldLead(el: Element, text: string): string | undefined {
  const first = Array.from(el.children).find((c) => tagOf(c) !== 'img');
  if (!first || !['strong', 'b'].includes(tagOf(first))) return undefined;
  const lead = collapse(first.textContent ?? '');
  return lead && lead.length < text.length && text.startsWith(lead) && lead.split(' ').length <= 8 ? lead : undefined;
}

/** A paragraph whose whole text is one <strong>/<b>: a bold pseudo-heading. */
export function boldOnly(el: Element, text: string): boolean {
  const kids = el.children;
  if (kids.length !== 1 || text.length > 80) return false;
  const only = kids[0]!;
  const tag = tagOf(only);
  return (tag === 'strong' || tag === 'b') && collapse(only.textContent ?? '') === text;
}

// Text outside links that makes a sidebar content: a few sentences, most of its text not link text.
const PROSE_CHARS = 120;
function holdsProse(el: Element): boolean {
  const all = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (all < PROSE_CHARS) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return all - linked >= PROSE_CHARS && linked / all < 0.5;
}
