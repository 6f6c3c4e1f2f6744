import type { PageServer } from './serve-pages';

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="Globex"></head><body>${body}</body></html>`;

/** Extra pages of the vendor for the benchmark's five-page site: topic → [path, link text, body]. */
const MORE: [string, string, string][] = [
  ['/legal/subprocessors', 'Subprocessors', '<h1>Subprocessors</h1><p>We publish a list of our subprocessors and notify customers 30 days before adding one.</p><table><tr><th>Subprocessor</th><th>Purpose</th></tr><tr><td>Amazon Web Services</td><td>Hosting</td></tr></table>'],
  ['/sla', 'Service Level Agreement', '<h1>Service Level Agreement</h1><p>We commit to 99.95% monthly uptime for the Globex platform.</p><p>Backups are taken daily and kept for 35 days.</p>'],
];

/**
 * A served vendor site (Globex, on globex.localhost or `<host>.localhost`): the security page the reviewer opens, its trust
 * center and its DPA (the three pages), plus, with `pages: 5`, a subprocessor list and an SLA. The
 * security page also links to what Assay must never read: another site, a same-site page on no
 * topic, javascript: and mailto: links, and the page itself under a fragment and tracking parameters.
 */
export function serveVendorSite(server: PageServer, opts: { pages?: 3 | 5; host?: string } = {}): { start: string; related: string[]; offsite: string } {
  const at = (path: string) => server.hostUrl(opts.host ?? 'globex', path);
  const extra = opts.pages === 5 ? MORE : [];
  const offsite = server.hostUrl('initech', '/offsite-security');
  server.route('/offsite-security', page('Initech Security', '<p>Initech is SOC 2 Type II certified.</p>'));
  server.route('/pricing', page('Pricing | Globex', '<p>Plans from $10.</p>'));
  server.route(
    '/security',
    page(
      'Security | Globex',
      `<nav><a href="/security#soc2">Security</a> <a href="/security?utm_source=nav">Security home</a> <a href="/pricing">Pricing</a>
       <a href="/trust?utm_campaign=x#top">Trust Center</a> <a href="/legal/data-processing">Data Processing Agreement</a>
       ${extra.map(([path, text]) => `<a href="${path}">${text}</a>`).join(' ')}
       <a href="${offsite}">Security at Initech</a> <a href="javascript:alert(1)">Security</a> <a href="mailto:security@example.com">Security contact</a></nav>
       <main><h1>Security at Globex</h1><p>Globex is SOC 2 Type II certified; the report is available under NDA.</p>
       <p>Customer data is encrypted at rest using AES-256 and in transit with TLS 1.2 or higher.</p></main>`,
    ),
  );
  server.route('/trust', page('Trust Center | Globex', '<h1>Trust Center</h1><p>Globex is ISO 27001 certified.</p><p>Customer data is stored in the EU, in Frankfurt, Germany.</p>'));
  server.route('/legal/data-processing', page('Data Processing Agreement | Globex', '<h1>Data Processing Agreement</h1><h2>Personal data breaches</h2><p>Globex will notify the customer of a personal data breach without undue delay and in any event within 48 hours.</p><p>Within 30 days after termination, Globex deletes all customer data.</p>'));
  for (const [path, text, body] of extra) server.route(path, page(`${text} | Globex`, body));
  return { start: at('/security'), related: [at('/trust'), at('/legal/data-processing'), ...extra.map(([path]) => at(path))], offsite };
}
