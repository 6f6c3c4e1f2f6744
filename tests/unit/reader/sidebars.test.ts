/**
 * Sidebars (<aside>): a card of the vendor's commitments beside a post is content the reviewer reads; related posts, a
 * table of contents or a newsletter box is chrome. Each case is a page with the sidebar next to a short article.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../reader/dom';

const page = (aside: string) =>
  readDocument(
    parseHTML(`<!doctype html><html lang="en"><head><title>Blog | Acme</title></head><body><main><article><h1>Shipping notes</h1><p>This month we shipped a new editor.</p></article>${aside}</main></body></html>`)
      .document as unknown as Document,
  );
const read = (aside: string) => page(aside).blocks.map((b) => b.text).join(' / ');

const prose = [
  `<aside><h2>Security in brief</h2><p>We are not currently SOC 2 audited. We plan to begin a SOC 2 Type I audit in early 2026 and will publish progress here, with the report shared under NDA once it is issued.</p></aside>`,
  `<aside class="col-side"><section><h2>At a glance</h2><ul><li><strong>Hosting:</strong> Customer data is stored in AWS ca-central-1 (Montréal, Canada).</li><li><strong>Backups:</strong> Nightly backups are kept in the same region for 35 days.</li><li><strong>Transport:</strong> TLS 1.2 or higher on every endpoint.</li></ul></section></aside>`,
  `<aside><dl><dt>Breach notification</dt><dd>If a security incident affects your data, we notify your account owner within one (1) business day of confirming it, and keep you updated until it is closed.</dd></dl></aside>`,
  `<aside role="complementary"><p>All customer data is encrypted at rest with AES-256 and in transit with TLS 1.2+. Keys are managed in a cloud KMS and rotated yearly. Read more on <a href="/security">our security page</a>.</p></aside>`,
  `<aside><h3>Leaving Acme</h3><p>When you close your account it is soft-deleted for 30 days, then permanently erased; backups age out after another 7 days. You can export everything before that.</p></aside>`,
  `<aside><div class="card"><h4>Compliance</h4><p>Acme holds ISO/IEC 27001:2022 certification for the platform and its supporting operations, audited every year by an accredited certification body.</p></div></aside>`,
  `<aside><p>Where your data lives: our primary database runs in Frankfurt, Germany, with a standby replica in Dublin. Support staff in other countries can view data only with your permission.</p></aside>`,
  `<aside><blockquote>Customer data never leaves the European Union. Our infrastructure runs in two data centres in the Netherlands, and we do not use any US-based subprocessors.</blockquote></aside>`,
  `<aside><table><tr><th>Standard</th><th>Status</th></tr><tr><td>SOC 2 Type II</td><td>Report available under NDA for the period ending March 2025, covering security and availability</td></tr><tr><td>ISO 27001</td><td>Planned for 2026</td></tr></table></aside>`,
  `<aside><h2>Our commitments</h2><p>Uptime of 99.9% on paid plans. Security incidents are reported to affected customers without undue delay and within 72 hours. Vulnerability reports get a reply within two business days.</p></aside>`,
];

const chrome = [
  `<aside><h2>Related posts</h2><ul><li><a href="/a">How we moved to passkeys for every staff login</a></li><li><a href="/b">Our security year in review, 2024</a></li><li><a href="/c">Q1 uptime report: 99.97%</a></li><li><a href="/d">Why we rebuilt our segment cache from scratch</a></li></ul></aside>`,
  `<aside><h2>Contents</h2><ol><li><a href="#1">What happened</a></li><li><a href="#2">Timeline</a></li><li><a href="#3">What was exposed</a></li><li><a href="#4">Looking back</a></li><li><a href="#5">What we changed</a></li></ol></aside>`,
  `<aside><p>Subscribe to our newsletter for monthly product news.</p><form><input type="email"><button>Subscribe</button></form></aside>`,
  `<aside><p>Share this post</p><a href="/x">X</a> <a href="/li">LinkedIn</a> <a href="/fb">Facebook</a></aside>`,
  `<aside><h3>Tags</h3><a href="/t/security">security</a> <a href="/t/soc2">SOC 2</a> <a href="/t/gdpr">GDPR</a> <a href="/t/iso">ISO 27001</a> <a href="/t/eng">engineering</a></aside>`,
  `<aside><p>Written by Ana Beltrán, CEO. 8 min read.</p></aside>`,
  `<aside><h2>Popular</h2><ul><li><a href="/p1">SOC 2 Type II certified: what it means for you and how we got there in six months</a></li><li><a href="/p2">Data residency in the EU: choosing Frankfurt or Dublin for your workspace</a></li><li><a href="/p3">TLS 1.3 everywhere: a short history</a></li></ul></aside>`,
  `<aside><a href="/demo">Book a demo</a><p>See Acme in action.</p></aside>`,
  `<aside><h4>Categories</h4><ul><li><a href="/c/product">Product</a></li><li><a href="/c/security">Security</a></li><li><a href="/c/company">Company</a></li><li><a href="/c/engineering">Engineering</a></li></ul></aside>`,
  `<aside class="promo"><p>Try Acme free for 14 days. No credit card needed.</p><a href="/signup">Start your trial</a></aside>`,
];

describe('sidebars', () => {
  it.each(prose)('reads a sidebar that holds prose: %s', (aside) => {
    const text = read(aside);
    // Its last words, which sit in its last block whatever its markup.
    const last = aside.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1').trim().split(' ').slice(-4).join(' ');
    expect(text).toContain(last);
  });
  it.each(chrome)('leaves out a sidebar of links or a line or two: %s', (aside) => {
    expect(read(aside)).toBe('Shipping notes / This month we shipped a new editor.');
  });
});
