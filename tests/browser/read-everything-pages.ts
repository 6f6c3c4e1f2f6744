/** Test pages for tests/browser/read-everything.test.ts: what a reviewer can see, however it is built. */

const head = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>`;

/** A help-centre FAQ whose answers are collapsed three ways; the buttons open them as a real one would. */
export const COLLAPSED_FAQ = `${head('Help centre — Faqly')}<body><main><h1>Security FAQ</h1>
<div class="faq"><h3><button aria-expanded="false" aria-controls="a1" onclick="toggle(this)">Do you have a SOC 2 report?</button></h3>
<div id="a1" hidden><p>Yes. Faqly has a SOC 2 Type II report, renewed every year.</p></div></div>
<div class="faq"><h3><button aria-expanded="false" aria-controls="a2" onclick="toggle(this)">Are you ISO certified?</button></h3>
<div id="a2" style="display:none"><p>Faqly is ISO 27001:2022 certified.</p></div></div>
<div class="faq"><h3><button aria-expanded="false" aria-controls="a3" onclick="toggle(this)">Where is my data stored?</button></h3>
<div id="a3" class="faq-answer" aria-hidden="true" style="display:none"><p>All customer data is stored in Frankfurt, Germany (EU).</p></div></div>
<details><summary>How do you encrypt data?</summary><p>Customer data is encrypted at rest with AES-256.</p></details>
<div class="cookie-banner" hidden><p>Accept cookies?</p></div>
</main>
<script>
function toggle(b) {
  const p = document.getElementById(b.getAttribute('aria-controls'));
  const open = b.getAttribute('aria-expanded') !== 'true';
  b.setAttribute('aria-expanded', String(open));
  p.hidden = false; p.style.display = open ? '' : 'none'; p.setAttribute('aria-hidden', String(!open));
}
</script></body></html>`;

/** A trust page drawn by script three seconds after load: only a spinner until then. */
export const LATE_PAGE = `${head('Trust — Latecomer')}<body><div id="app"><p>Loading…</p></div><script>
setTimeout(() => { document.getElementById('app').innerHTML = '<h1>Trust center</h1>' +
  '<p>Latecomer holds a SOC 2 Type II report.</p><p>Latecomer is ISO 27001 certified.</p>' +
  '<p>Customer data is stored in the United States (US).</p><p>All data is encrypted at rest using AES-256.</p>' +
  '<p>Data in transit is protected with TLS 1.3.</p><p>We delete customer data within 60 days of termination.</p>' +
  '<p>We notify affected customers of a data breach within 72 hours.</p>'; }, 3000);
</script></body></html>`;

/** Claims inside an open shadow root (a web component), with a slotted heading. */
export const SHADOW_PAGE = `${head('Security — Shadowy')}<body><main><h1>Security</h1><trust-panel><span slot="title">Our commitments</span></trust-panel></main><script>
customElements.define('trust-panel', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<h2><slot name="title"></slot></h2>' +
    '<p>Shadowy has completed a SOC 2 Type II audit.</p><p>All customer data is encrypted at rest with AES-256.</p>' +
    '<p>Customer data is hosted in the EU (Ireland).</p>'; }
});
</script></body></html>`;

export const FRAME_INNER = `${head('Portal')}<body><h2>Trust portal</h2><p>Framed Co is SOC 2 Type II audited.</p><p>Customer data is encrypted at rest with AES-256.</p><p>We notify customers of a breach within 72 hours.</p></body></html>`;

export const framePage = (sameOrigin: string, foreign: string) =>
  `${head('Security — Framed Co')}<body><main><h1>Security at Framed Co</h1><iframe src="${sameOrigin}" width="600" height="400"></iframe><iframe src="${foreign}" width="600" height="300"></iframe></main></body></html>`;

/** A 3.5 MB page whose claims all come at the very end. */
export function hugePage(): string {
  const filler = '<p>Our team loves building delightful product experiences for customers all around the world, every single day of the year.</p>\n'.repeat(28_000);
  return `${head('Security — Bigco')}<body><main><h1>About Bigco</h1>${filler}<h2>Security</h2><p>Bigco holds a SOC 2 Type II report.</p><p>Bigco is ISO 27001 certified.</p><p>All customer data is encrypted at rest with AES-256.</p><p>We notify customers of a breach within 72 hours.</p></main></body></html>`;
}

export const NOT_FOUND = `${head('Page not found — Vendor')}<body><h1>404</h1><p>Sorry, we couldn’t find that page.</p><p><a href="/">Go home</a></p></body></html>`;
export const EMPTY = `${head('Vendor')}<body><div id="root"></div></body></html>`;
export const LOGIN = `${head('Vendor')}<body><h1>Sign in to Vendor</h1><form><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form></body></html>`;
export const IMAGES_ONLY = `${head('Vendor security')}<body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="800" height="600" alt=""><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="800" height="600" alt=""></body></html>`;

/** An answer hidden with no control Assay can find: Assay cannot open it, so it says where the quote is. */
export const STUCK_PANEL = `${head('Security — Stuckco')}<body><main><h1>Security at Stuckco</h1><p>Stuckco holds a SOC 2 Type II report, audited every year.</p>
<div class="faq"><h3>Where is my data stored?</h3><div class="faq-answer" hidden><p>All customer data is stored in Dublin, Ireland (EU).</p></div></div>
</main></body></html>`;

/** A single-topic help article: one claim, too little to grade. */
export const ONE_TOPIC = `${head('How fast will you tell us about a breach? — Helpdesk')}<body><main><h1>How fast will you tell us about a breach?</h1><p>We notify affected customers of a personal data breach within 72 hours of becoming aware of it.</p></main></body></html>`;
