import { describe, expect, it } from 'vitest';
import { readText } from '../../../reader/text';

// A table saved as text one cell per line: a header of column names, then its cells, up to a blank line.
const rowsOf = (text: string) => readText(text).blocks.filter((b) => b.kind === 'table-row').map((b) => ({ cells: b.cells, header: b.header, text: b.text }));

const tables: [string, string[], string[][]][] = [
  ['Compliance\n\nFramework\nStatus\nNotes\nSOC 2 Type II\nAudited annually\nLatest period ended 30 June.\nISO/IEC 27001\nAuditor engaged\nStage 1 audit booked for November.\n\nMore text follows here.', ['Framework', 'Status', 'Notes'], [['SOC 2 Type II', 'Audited annually', 'Latest period ended 30 June.'], ['ISO/IEC 27001', 'Auditor engaged', 'Stage 1 audit booked for November.']]],
  ['Subprocessors\n\nEntity\nPurpose\nLocation\nAcme Cloud\nApplication hosting\nFrankfurt, Germany\nMailgrid\nTransactional email\nUnited States', ['Entity', 'Purpose', 'Location'], [['Acme Cloud', 'Application hosting', 'Frankfurt, Germany'], ['Mailgrid', 'Transactional email', 'United States']]],
  ['Standard\nStatus\nSOC 2\nType 2 report available\nISO 27001\nIn progress\n', [], []], // two columns are label/value pairs, not this table
  ['Regions\n\nRegion\nLocation\nAvailability\nEU\nFrankfurt\nAll plans\nUS\nVirginia\nEnterprise only', ['Region', 'Location', 'Availability'], [['EU', 'Frankfurt', 'All plans'], ['US', 'Virginia', 'Enterprise only']]],
  ['Certification\nScope\nIssued\nExpires\nISO 27001\nWhole platform\nMarch 2024\nMarch 2027\nSOC 2 Type II\nProduction systems\nJune 2024\nJune 2025', ['Certification', 'Scope', 'Issued', 'Expires'], [['ISO 27001', 'Whole platform', 'March 2024', 'March 2027'], ['SOC 2 Type II', 'Production systems', 'June 2024', 'June 2025']]],
  ['Vendor\nService\nCountry\nCertifications\nBlueHost Ltd\nDatabase hosting\nIreland\nISO 27001, SOC 2\nTicketly\nSupport desk\nUnited States\nSOC 2 Type II', ['Vendor', 'Service', 'Country', 'Certifications'], [['BlueHost Ltd', 'Database hosting', 'Ireland', 'ISO 27001, SOC 2'], ['Ticketly', 'Support desk', 'United States', 'SOC 2 Type II']]],
  ['Control\nOwner\nFrequency\nAccess review\nSecurity team\nQuarterly review\nBackup restore test\nPlatform team\nTwice a year', ['Control', 'Owner', 'Frequency'], [['Access review', 'Security team', 'Quarterly review'], ['Backup restore test', 'Platform team', 'Twice a year']]],
  ['Feature\nPlan\nNotes\nSAML SSO\nBusiness\nIncluded at no cost.\nAudit log\nEnterprise\nKept for one year.', ['Feature', 'Plan', 'Notes'], [['SAML SSO', 'Business', 'Included at no cost.'], ['Audit log', 'Enterprise', 'Kept for one year.']]],
  ['Name\nType\nDescription\nHIPAA\nLaw\nWe sign BAAs on request.\nGDPR\nRegulation\nA DPA is available.', ['Name', 'Type', 'Description'], [['HIPAA', 'Law', 'We sign BAAs on request.'], ['GDPR', 'Regulation', 'A DPA is available.']]],
  ['Attestation\nDate\nReport\nSOC 2 Type I\nJanuary 2024\nAvailable under NDA\nSOC 2 Type II\nJuly 2024\nAvailable under NDA\nPCI DSS\nMay 2024\nAttestation of compliance', ['Attestation', 'Date', 'Report'], [['SOC 2 Type I', 'January 2024', 'Available under NDA'], ['SOC 2 Type II', 'July 2024', 'Available under NDA'], ['PCI DSS', 'May 2024', 'Attestation of compliance']]],
  ['Provider\nHosting\nRegion\nNorthwind Cloud\nPrimary database\neu-central-1\nNorthwind Cloud\nBackups\neu-west-1', ['Provider', 'Hosting', 'Region'], [['Northwind Cloud', 'Primary database', 'eu-central-1'], ['Northwind Cloud', 'Backups', 'eu-west-1']]],
  // One column name the list does not know, after the known ones.
  ['Region\nLocation\nWho it is for\nSwitzerland\nZurich\nRegulated industries\nJapan\nTokyo\nCustomers billed in JPY', ['Region', 'Location', 'Who it is for'], [['Switzerland', 'Zurich', 'Regulated industries'], ['Japan', 'Tokyo', 'Customers billed in JPY']]],
];

const notTables = [
  'Home\nPricing\nSecurity\nBlog\nCareers\nContact\nLogin\nSign up\nDocs',
  'Product\nFeatures\nIntegrations\nCustomers\nSecurity\nStatus\nAbout\nJobs\nPress',
  'Framework\nStatus\nNotes\nSOC 2 Type II\nAudited annually\nLatest period ended 30 June.\nISO 27001\nIn progress', // the cells do not fill whole rows
  'Status\nNotes\nLocation\nAll systems operational\nNo incidents today\nFrankfurt is healthy',  // one row: not enough for a table
  'Security\nPrivacy\nCompliance\nTrust\nOverview\nReports\nBadges\nUpdates\nFAQ',
  'Our values\nBe kind\nShip often\nOwn it\nStay curious\nSpeak up\nHelp others\nLearn daily\nHave fun',
  'Region\nLocation\nNotes\n\nEU\nFrankfurt\nAll plans\nUS\nVirginia\nEnterprise only', // a blank line between header and cells
  '2024 Status\n2025 Plan\n2026 Plan\nSOC 2\nDone\nRenew it\nISO 27001\nStart\nFinish', // header cells with digits are no column names
  'Framework\nStatus\nNotes\nsoc 2\ndone\nfine\niso\nstarted\nok', // no cell beyond the first says more than a word
  'Customers love us\nFast setup\nGreat support\nAcme Corp\nBeta LLC\nGamma Inc\nDelta Co\nEpsilon\nZeta',
];

describe('tables saved one cell per line', () => {
  it.each(tables)('reads %j as rows under its header', (text, header, rows) => {
    const got = rowsOf(text);
    expect(got.map((r) => r.cells)).toEqual(rows);
    for (const r of got) {
      expect(r.header).toEqual(header);
      // The row's text is the page's own words, cells joined by a space: its quote is verbatim.
      expect(text.replace(/\s+/g, ' ')).toContain(r.text);
    }
  });
  it.each(notTables)('reads no table from %j', (text) => {
    expect(rowsOf(text)).toEqual([]);
  });
});
