import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../reader/text-tokens';

const texts = (body: string, md = true) => tokenize(body, md).map((t) => ('text' in t ? t.text : t.type));

// 9c8ad8d: a markdown paragraph of line-per-field text (a label line, then its value line, no blank lines;
// every line starts with a capital or digit; a third of them short labels) keeps each line. Wrapped prose,
// whose continuation lines start in lower case, still joins into one line.
describe('tokenize: line-per-field markdown paragraphs', () => {
  it.each([
    ['Data center location(s)\nUnited States\nEncryption at rest\nAES-256'],
    ['Hosting provider\nAmazon Web Services\nRegion\nEU (Frankfurt)'],
    ['SOC 2\nType II\nISO 27001\nCertified'],
    ['99.9%\nUptime SLA\n24/7\nSupport'],
    ['Encryption in transit\nTLS 1.2+\nEncryption at rest\nAES-256\nBackups\nDaily'],
    ['Data residency\nEU\nUS'],
    ['Breach notification\nWithin 72 hours of confirming an incident.\nPen testing\nAnnually by an external firm.'],
    ['Status\nCertified\nAuditor\nA-LIGN\nValid until\nMarch 2027'],
    ['Name\nAcme Cloud\nWebsite\nAcme.example\nHeadquarters\nBerlin'],
    ['Retention after cancellation\n30 days\nBackup retention\n35 days'],
    ['Subprocessor\nHetzner Online GmbH\nPurpose\nHosting\nLocation\nGermany'],
    ['Data location: Germany\nBackups: Finland\nSupport: English, German'],
    ['Security contact\nSecurity team\nResponse time\nOne business day'],
  ])('keeps each line of %j', (body) => {
    expect(texts(body)).toEqual(body.split('\n'));
  });

  it.each([
    ['Customer data is stored\nin Frankfurt and backed\nup nightly to Dublin.'],
    ['All customer data is encrypted at rest using\nAES-256 and in transit using TLS 1.2 or\nhigher, and keys are rotated every year.'],
    ['Our SOC 2 Type II report covers the Security,\nAvailability and Confidentiality criteria and is\navailable to customers under NDA.'],
    ['We will notify affected customers of a personal data\nbreach without undue delay and in any case within\n72 hours of becoming aware of it.'],
    ['Customer data is hosted by Hetzner Online GmbH in Germany. We\nreplicate backups to a second data centre in Finland, and we\nnever move personal data outside the European Economic Area.'],
    ['Data is stored in the EU.\nBackups are encrypted.\nAccess is logged.'],
    ['Our platform is built for regulated teams in finance.\nWe store every record in Frankfurt, Germany, with backups in Dublin.\nAccess to production requires hardware keys and is logged.'],
    ['Retention of customer data\nends 30 days after the subscription\nis cancelled, unless the law requires more.'],
    ['Encryption in transit\nTLS 1.2+'],
    ['Penetration tests are run\nevery year by an outside firm,\nand findings are fixed within 30 days.'],
  ])('joins the wrapped lines of %j', (body) => {
    expect(texts(body)).toEqual([body.split('\n').join(' ')]);
  });

  it('keeps short plain-text lines one per line (labels, values, lists)', () => {
    expect(texts('Customer data is stored\nin Frankfurt.', false)).toEqual(['Customer data is stored', 'in Frankfurt.']);
    expect(texts('Data location\nGermany\nApp/service has sub-processors\nno', false)).toEqual(['Data location', 'Germany', 'App/service has sub-processors', 'no']);
  });

  // Help-centre articles saved as text are often hard-wrapped at ~80 columns: a long line with no end of
  // sentence goes on in the next line, which is the same sentence.
  it.each([
    ["Honest answer: no. We're not SOC 2 audited (yet), and we don't hold an ISO 27001\ncertificate either."],
    ['If we ever suffer a breach that affects your data, we will email the account owner\nwithin seventy-two hours of confirming it.'],
    ['Once you close your account, every project, file and comment you stored with us is\npermanently removed from our database after thirty days.'],
    ['All customer records live in our primary database cluster in Mumbai, and nightly\nsnapshots are copied to a second availability zone in the same region.'],
    ['Our internal policies are modelled on the ISO 27001 control set, which we review\neach spring, but we have not gone through a certification audit.'],
    ['Traffic between your browser and our servers is encrypted with TLS 1.2 or newer;\nolder protocol versions are refused.'],
    ['Card payments are handled by our payment processor, which is PCI DSS Level 1 certified,\nso card numbers never touch our servers.'],
    ['Workspace administrators can require two-step verification for every member of the\nworkspace from the security settings page.'],
    ['Backups are kept for fourteen days and are encrypted with AES-256 using keys held in\na managed key service.'],
    ['We have received a SOC 2 Type I report from an independent auditor and the Type II\nobservation window closes next spring.'],
  ])('joins a hard-wrapped plain-text paragraph: %j', (body) => {
    expect(texts(body, false)).toEqual([body.split('\n').join(' ')]);
  });

  // A bracketed figure restating a number in words, wrapped to the next line, is no list marker.
  it.each([
    ['LedgerHive shall delete all Customer Data, including copies contained in backups, within ninety\n(90) days following the effective date of termination.'],
    ['We will notify the Customer of a Personal Data Breach without undue delay and in any event within seventy-two\n(72) hours of becoming aware of it.'],
    ['Customer may export its data for a period of thirty\n(30) days after the termination of this Agreement.'],
  ])('goes on past a wrapped "(N) word": %j', (body) => {
    expect(texts(body, false)).toEqual([body.split('\n').join(' ')]);
  });
  it.each([
    [['The following rules apply:', '(1) customers may export their data', '(2) we delete it after 30 days'], 3],
    [['Retention periods.', '(1) logs are kept for a year'], 2],
  ])('keeps a numbered list after a line that ends: %j', (lines, n) => {
    expect(texts((lines as string[]).join('\n'), false)).toHaveLength(n as number);
  });

  it.each([
    ['The audit is complete.\nWe publish the report on request.'],
    ['Data location:\nGermany'],
    ['Security contact; responsible disclosure\nsecurity@example.com'],
  ])('keeps a line that ends a sentence apart from the next: %j', (body) => {
    expect(texts(body, false)).toEqual(body.split('\n'));
  });

  it.each([
    ['- **Changed:** Our Data Processing Addendum now commits us to notify affected customers of a\n  personal data breach within 36 hours of becoming aware of it.', 'Changed: Our Data Processing Addendum now commits us to notify affected customers of a personal data breach within 36 hours of becoming aware of it.'],
    ['* Backups are encrypted with AES-256 and kept\n  for 35 days in a second region.', 'Backups are encrypted with AES-256 and kept for 35 days in a second region.'],
    ['1. Within what timeframe will you notify customers of a security breach affecting\n   their data?', 'Within what timeframe will you notify customers of a security breach affecting their data?'],
  ])('joins a list item with its indented continuation: %j', (body, item) => {
    expect(texts(body)).toEqual([item]);
  });

  it('keeps the next bullet and an unindented paragraph apart from the item', () => {
    expect(texts('- First item\n- Second item')).toEqual(['First item', 'Second item']);
  });
});
