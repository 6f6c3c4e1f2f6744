import { collapse } from './builder';

/** How the DOM walker treats each element: skipped, a block boundary, or inline text. */

const SKIP = new Set(
  'script style noscript template svg canvas iframe object embed select option textarea input head meta link img picture video audio map math dialog'.split(' '),
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

export function isTight(tag: string): boolean {
  return TIGHT.has(tag);
}

/** Elements never read: scripts, media, hidden nodes, cookie banners. */
export function isSkipped(el: Element, tag: string): boolean {
  if (SKIP.has(tag)) return true;
  if (el.hasAttribute('hidden') && tag !== 'details') return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const marks = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  return NOISE.test(marks);
}

/** Site chrome around the content: navigation, footers, sidebars, a site header that holds the nav. */
export function isChrome(el: Element, tag: string): boolean {
  if (tag === 'nav' || tag === 'footer' || tag === 'aside') return true;
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
