/**
 * A made-up security page in markdown that the background extracts once as it starts (./background-extract.ts),
 * one section at a time, so that V8 has compiled the extractors' code and regular expressions before the
 * reviewer's first click. It touches every extractor in the shapes real pages use: prose, lists, tables with a
 * status column, FAQ questions and answers, label/value lines, plans, denials and other companies' certificates.
 * Its claims are thrown away; it names no real company.
 */
export const WARM_UP_SECTIONS: readonly string[] = [
  `# Trust and security at Example

Example Cloud is SOC 2 Type II attested and ISO/IEC 27001:2022 certified. Our latest SOC 2 report covers the period
January 1 to December 31, 2025 and was issued by an independent CPA firm; reports are available under NDA. Our ISO 27001
certificate was issued by Example Registrar Ltd, and its scope covers the platform, support and engineering teams.

| Framework | Status | Scope |
|---|---|---|
| SOC 2 Type II | Certified | All production systems |
| ISO 27001 | Certified, valid until March 2027 | Platform and support |
| PCI DSS | Not applicable: card data is handled by our payment processor | — |
| HIPAA | In progress, expected Q3 | — |

We are not yet ISO 27701 certified. We plan to complete a FedRAMP assessment next year. Our hosting provider's data
centres hold their own ISO 27001 and SOC 2 reports; those certificates belong to them, not to us.`,
  `## Where your data lives

Customer data is stored in the European Union (Frankfurt, Germany and Dublin, Ireland). Enterprise customers can
choose US hosting in Virginia. Backups are kept in a second region. Support tickets are handled by a subprocessor in
the United States, and product analytics run in Canada.

- Primary storage: AWS eu-central-1 (Germany)
- Disaster recovery: eu-west-1 (Ireland)
- Email delivery: United States

Data center location: Germany`,
  `## Encryption

All data is encrypted at rest using AES-256 and in transit using TLS 1.2 or higher; TLS 1.0 and 1.1 are disabled.
Encryption keys are managed in a key management service and rotated yearly. Passwords are hashed with bcrypt.
HSTS is enabled on every domain.`,
  `## Retention and deletion

When your subscription ends, you have thirty (30) days to export your data. We delete customer data within 90 days
after termination of the agreement, and backups are purged within a further 35 days. Deleted projects stay in the
trash for 14 days. Audit logs are retained for one year. We keep daily backups for 30 days; backups run every 24 hours.`,
  `## Incidents

In the event of a personal data breach we will notify affected customers without undue delay and in any event within
72 hours of becoming aware of it. We notify the supervisory authority as the law requires. Security researchers
receive an acknowledgement within two business days of a vulnerability report, and critical issues are triaged within
24 hours. Our status page posts updates every 30 minutes during an incident. Recovery point objective: 1 hour;
recovery time objective: 4 hours. We target 99.95% monthly uptime.`,
  `## Frequently asked questions

**Do you have a SOC 2 report?**
Yes. Our SOC 2 Type 2 report is available to customers under NDA.

**Are you HIPAA compliant?**
We will sign a Business Associate Agreement on our Enterprise plan.

**Do you support single sign-on?**
SAML SSO is available on all paid plans, and multi-factor authentication can be enforced for every user. Role-based
access control lets admins limit who can see each workspace.

**Do you run penetration tests?**
An independent firm performs a penetration test every year. We run a public bug bounty programme and a
vulnerability disclosure policy.

**Do you offer a DPA?**
Yes, our Data Processing Addendum includes the Standard Contractual Clauses and we are GDPR compliant. The list of
subprocessors is published on our website.`,
  `# Example Labs security overview

Example Labs is a newer product. It is not yet SOC 2 certified: its SOC 2 Type I audit is scheduled for Q4 2027, and
we are working towards ISO 27001 certification, expected by June 2028. Until then it runs on the same hosting
provider, whose own certificates do not cover Example Labs.`,
];
