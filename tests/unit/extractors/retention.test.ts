import { extractor } from '../../../extractors/retention';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const valid: Valid<number>[] = [
  {
    page: 'Customer data is deleted within 30 days of account termination.',
    value: 30,
    quote: 'Customer data is deleted within 30 days of account termination.',
  },
  {
    page: 'Upon cancellation, your data is permanently deleted after 14 days.',
    value: 14,
    quote: 'Upon cancellation, your data is permanently deleted after 14 days.',
  },
  {
    page: 'We retain your data for 90 days after your subscription ends, after which it is deleted.',
    value: 90,
    quote: 'We retain your data for 90 days after your subscription ends, after which it is deleted.',
  },
  {
    // a list item answering a FAQ question
    page: [
      { kind: 'question', text: 'How long do you keep data?' },
      { kind: 'list-item', text: 'After uninstall: 14-day grace period, then permanent deletion', question: 'How long do you keep data?' },
    ],
    value: 14,
    quote: 'After uninstall: 14-day grace period, then permanent deletion',
  },
  {
    page: 'When a workspace is deleted, all associated files are purged within 45 days.',
    value: 45,
    quote: 'When a workspace is deleted, all associated files are purged within 45 days.',
  },
  {
    page: 'All tenant data is erased immediately when you uninstall the app.',
    value: 0,
    quote: 'All tenant data is erased immediately when you uninstall the app.',
  },
  {
    page: 'Following contract termination, client data is destroyed within sixty (60) days.',
    value: 60,
    quote: 'Following contract termination, client data is destroyed within sixty (60) days.',
  },
  {
    page: 'If you close your account, we delete your data within one month.',
    value: 30,
    quote: 'If you close your account, we delete your data within one month.',
  },
  {
    page: 'When you delete your account, it enters a 7-day soft-delete window before all content is permanently erased.',
    value: 7,
    quote: 'When you delete your account, it enters a 7-day soft-delete window before all content is permanently erased.',
  },
  {
    // the ";" segment is the quote
    page: 'We keep your data for 30 days after you cancel so you can reactivate; after that it is permanently deleted.',
    value: 30,
    quote: 'We keep your data for 30 days after you cancel so you can reactivate',
  },
  {
    page: 'Account data is retained for up to 2 weeks after account closure and then deleted.',
    value: 14,
    quote: 'Account data is retained for up to 2 weeks after account closure and then deleted.',
  },
  {
    page: 'Your data will be deleted 3 months after the end of your subscription.',
    value: 90,
    quote: 'Your data will be deleted 3 months after the end of your subscription.',
  },
  {
    page: [{ kind: 'label-value', label: 'Data retention after termination', value: '30 days', text: 'Data retention after termination 30 days' }],
    value: 30,
    quote: 'Data retention after termination 30 days',
  },
  {
    page: [
      {
        kind: 'table-row',
        text: 'Customer content | Deleted 30 days after contract end',
        cells: ['Customer content', 'Deleted 30 days after contract end'],
        header: ['Data', 'Retention'],
      },
    ],
    value: 30,
    quote: 'Customer content | Deleted 30 days after contract end',
  },
  {
    // the backup window in the same sentence is not the deletion window
    page: 'Upon termination of the agreement, all Customer Data will be deleted within 30 days, except backups which are overwritten within 90 days.',
    value: 30,
    quote: 'Upon termination of the agreement, all Customer Data will be deleted within 30 days, except backups which are overwritten within 90 days.',
  },
  { page: 'Data is purged within 72 hours of account deletion.', value: 3, quote: 'Data is purged within 72 hours of account deletion.' },
  {
    // a range gives its upper bound
    page: 'Workspaces are fully deleted 30–45 days after cancellation.',
    value: 45,
    quote: 'Workspaces are fully deleted 30–45 days after cancellation.',
  },
  {
    // the workspace window beats a connector window
    page: [
      { kind: 'list-item', text: 'When you disconnect an integration: synced data deleted within 24 hours' },
      { kind: 'list-item', text: 'When a workspace is deleted: all indexed content deleted within 60 days' },
    ],
    value: 60,
    quote: 'When a workspace is deleted: all indexed content deleted within 60 days',
  },
  {
    // the question names the event
    page: [
      { kind: 'question', text: 'What happens to my files when I cancel?' },
      { text: 'We hold on to your workspace for 45 days in case you return, then it is permanently deleted.', question: 'What happens to my files when I cancel?' },
    ],
    value: 45,
    quote: 'We hold on to your workspace for 45 days in case you return, then it is permanently deleted.',
  },
  {
    page: 'Recorded calls are deleted 10 days after you remove the extension.',
    value: 10,
    quote: 'Recorded calls are deleted 10 days after you remove the extension.',
  },
  {
    page: 'Deleting an organisation removes all builds immediately and project metadata within 21 days.',
    value: 21,
    quote: 'Deleting an organisation removes all builds immediately and project metadata within 21 days.',
  },
  {
    // a heading names the event
    page: [{ kind: 'heading', text: 'Account deletion' }, { text: 'Everything you stored is erased within 30 days.', headings: ['Account deletion'] }],
    value: 30,
    quote: 'Everything you stored is erased within 30 days.',
  },
  {
    page: 'Account owners can delete their account at any time; data is removed within 30 days.',
    value: 30,
    quote: 'Account owners can delete their account at any time; data is removed within 30 days.',
  },
  {
    page: 'Payroll records are retained for seven years after your subscription ends, as required by law, and then deleted.',
    value: 2555,
    quote: 'Payroll records are retained for seven years after your subscription ends, as required by law, and then deleted.',
  },
  {
    page: 'Personal data is kept for as long as your account is active and for 2 years thereafter.',
    value: 730,
    quote: 'Personal data is kept for as long as your account is active and for 2 years thereafter.',
  },
  {
    page: 'Within ninety (90) days after the end of the provision of the Services, the Processor shall delete all Customer Personal Data.',
    value: 90,
    quote: 'Within ninety (90) days after the end of the provision of the Services, the Processor shall delete all Customer Personal Data.',
  },
  {
    page: 'After contract termination, customer data is purged within 30 days from our data centers.',
    value: 30,
    quote: 'After contract termination, customer data is purged within 30 days from our data centers.',
  },
  {
    page: 'Upon expiry of the subscription term, Customer Data will be retained for 30 days to allow export, after which it is permanently destroyed.',
    value: 30,
    quote: 'Upon expiry of the subscription term, Customer Data will be retained for 30 days to allow export, after which it is permanently destroyed.',
  },
  // --- 9c8ad8d: a window counted from when the customer stops using / no longer uses / ceases to use the product ---
  { page: 'Data is deleted 90 days after the customer stops using the service.', value: 90, quote: 'Data is deleted 90 days after the customer stops using the service.' },
  { page: 'Customer content is purged 60 days after the client ceases to use the platform.', value: 60, quote: 'Customer content is purged 60 days after the client ceases to use the platform.' },
  { page: 'When users stop using the app, their data is erased within 14 days.', value: 14, quote: 'When users stop using the app, their data is erased within 14 days.' },
  { page: 'Information is retained for 12 months after the user ceases using Pathline, then deleted.', value: 365, quote: 'Information is retained for 12 months after the user ceases using Pathline, then deleted.' },
  { page: 'Once our customers stop using the service, we remove their data within six weeks.', value: 42, quote: 'Once our customers stop using the service, we remove their data within six weeks.' },
  { page: 'Personal data is kept for two years after you stop using the service and then anonymised.', value: 730, quote: 'Personal data is kept for two years after you stop using the service and then anonymised.' },
  { page: 'We retain records for 30 days after they no longer use the integration, then delete them.', value: 30, quote: 'We retain records for 30 days after they no longer use the integration, then delete them.' },
  { page: 'Account data is destroyed no later than 45 days after the client stops using our services.', value: 45, quote: 'Account data is destroyed no later than 45 days after the client stops using our services.' },
  { page: 'We erase a user’s data 7 days after the user stops using Notewell.', value: 7, quote: 'We erase a user’s data 7 days after the user stops using Notewell.' },
  { page: 'Customer data is wiped within 90 days when the Customer ceases using the Services.', value: 90, quote: 'Customer data is wiped within 90 days when the Customer ceases using the Services.' },
  { page: 'After customers stop using the platform, their content is deleted within 60 days.', value: 60, quote: 'After customers stop using the platform, their content is deleted within 60 days.' },
  { page: 'We hold customer files for 30 days once users cease to use the service, after which they are permanently deleted.', value: 30, quote: 'We hold customer files for 30 days once users cease to use the service, after which they are permanently deleted.' },
  // An account not renewed is an account ended; "all of its" followed by a list is everything it holds.
  { page: "Once a paid subscription expires or is terminated, and the account isn't renewed, all recordings and other customer content are permanently deleted within 30 days.", value: 30, quote: "Once a paid subscription expires or is terminated, and the account isn't renewed, all recordings and other customer content are permanently deleted within 30 days." },
  { page: "If the subscription is terminated and not renewed, your content is deleted within 30 days.", value: 30, quote: "If the subscription is terminated and not renewed, your content is deleted within 30 days." },
  { page: "Once an organisation is deleted, all of its pipelines, logs, artefacts, caches, secrets and settings are purged from our systems within 14 days.", value: 14, quote: "Once an organisation is deleted, all of its pipelines, logs, artefacts, caches, secrets and settings are purged from our systems within 14 days." },
  { page: "When a workspace is closed, all of your boards, comments, files, logs and exports are erased within 21 days.", value: 21, quote: "When a workspace is closed, all of your boards, comments, files, logs and exports are erased within 21 days." },
  { page: "After termination, all the projects, audit logs, uploads and settings are removed within 60 days.", value: 60, quote: "After termination, all the projects, audit logs, uploads and settings are removed within 60 days." },
];

// A deletion sentence that counts from the period the sentence before set (same paragraph).
const carried: [string, string, number][] = [
  ['If your subscription ends, your account moves to a read-only state for 30 days so you can download your documents.', 'At the end of those 30 days we delete all documents and account data.', 30],
  ['When you cancel, your workspace stays available for 14 days.', 'After that period, all of your data is permanently erased.', 14],
  ['Once your contract is terminated, we keep your files for 60 days in case you change your mind.', 'Thereafter they are deleted from our systems.', 60],
  ['After you close your account there is a 45-day window to export your content.', 'Once this window passes, everything is purged.', 45],
  ['On termination, customer data is retained for 90 days.', 'At the end of that period it is securely destroyed.', 90],
  ['Cancelled accounts are kept read-only for 7 days.', 'After those 7 days, your data is deleted.', 7],
  ['When an organisation is deleted, its projects enter a 30-day grace period.', 'Afterwards all project data is removed.', 30],
  ['If you cancel, we hold your records for 3 months.', 'After those three months we erase them.', 90],
  ['At the end of your subscription you have 21 days to download your data.', 'When the same 21 days are up, the data is wiped.', 21],
  ['After the agreement ends your account stays read-only for 10 business days.', 'After that window, customer content is deleted.', 10],
];
// Examples of the customer's own data listed after "everything else" or "your data" are not other windows.
const examples: [string, number][] = [
  ['Everything else, including your customer list, invoice templates and uploaded files, is deleted 60 days after you close your account.', 60],
  ['All other data, such as projects, comments and attachments, is deleted within 30 days of termination.', 30],
  ['Your content (including invoices you created, logs you uploaded and files) is erased 14 days after cancellation.', 14],
  ['Everything else, like payment reminders and templates, is purged 90 days after the contract ends.', 90],
  ['Remaining customer data, including audit exports and backups you made yourself, is deleted within 45 days after account closure.', 45],
];
// A window that follows another counts from its end: "a further 60 days" after a 30-day window; a period the
// contract defines and names ("the "Export Period"") and a later "after expiry of the Export Period".
const chained: [string, number][] = [
  // The nearest window before it: the same sentence's, not the last one the sentence before names.
  ['After termination your workspace is read-only for 30 days, and support answers export questions within 2 days. At the end of that 30-day window we delete the workspace within a further 60 days.', 90],
  ['After termination, your tenant stays read-only for 30 days. At the end of that 30-day export window we permanently delete the tenant within a further 60 days.', 90],
  ['When you cancel, you have 14 days to export your data, after which it is deleted within an additional 30 days.', 44],
  ['Once the contract ends, the workspace is kept for 30 days and then purged within another 7 days.', 37],
  ['After account closure we keep your content for 60 days; it is then erased within a further 30 days.', 90],
  ['Upon termination of the Agreement, Customer may export Customer Data for a period of thirty (30) days (the "Export Period"). Within fourteen (14) days after expiry of the Export Period, Processor shall delete all Customer Data.', 44],
  ['On expiry or termination, the account remains accessible for sixty (60) days (the "Retrieval Window"). Processor will delete Customer Data within 30 days following the end of the Retrieval Window.', 90],
  ['Following cancellation of the subscription, data remains available for 7 days (the "Grace Period"). All Customer Content is erased 21 days after the end of the Grace Period.', 28],
];
// Everything else between dashes lists the customer's data, not other windows.
const dashed: [string, number][] = [
  ["Everything else — dashboard users, configuration, webhook logs and uploaded files — is deleted within 90 days of account closure.", 90],
  ['All other data – projects, audit exports and invoices you drafted – is removed 30 days after termination.', 30],
  ['Your content — including logs you uploaded — is erased 14 days after cancellation.', 14],
];
// The quote shows the window and what it counts from (a named period's definition, in the same paragraph).
const QUOTES4 = [
  "At the end of that 30-day window we delete the workspace within a further 60 days.",
  "At the end of that 30-day export window we permanently delete the tenant within a further 60 days.",
  "When you cancel, you have 14 days to export your data, after which it is deleted within an additional 30 days.",
  "Once the contract ends, the workspace is kept for 30 days and then purged within another 7 days.",
  "After account closure we keep your content for 60 days; it is then erased within a further 30 days.",
  "Upon termination of the Agreement, Customer may export Customer Data for a period of thirty (30) days (the \"Export Period\"). Within fourteen (14) days after expiry of the Export Period, Processor shall delete all Customer Data.",
  "On expiry or termination, the account remains accessible for sixty (60) days (the \"Retrieval Window\"). Processor will delete Customer Data within 30 days following the end of the Retrieval Window.",
  "Following cancellation of the subscription, data remains available for 7 days (the \"Grace Period\"). All Customer Content is erased 21 days after the end of the Grace Period.",
  "Everything else — dashboard users, configuration, webhook logs and uploaded files — is deleted within 90 days of account closure.",
  "All other data – projects, audit exports and invoices you drafted – is removed 30 days after termination.",
  "Your content — including logs you uploaded — is erased 14 days after cancellation.",
];
const valid4: Valid<number>[] = [...chained, ...dashed].map(([page, value], i) => ({ page, value, quote: QUOTES4[i]! }));
const valid3: Valid<number>[] = examples.map(([page, value]) => ({ page, value, quote: page }));
const valid2: Valid<number>[] = carried.map(([a, b, value]) => ({ page: `${a} ${b}`, value, quote: `${a} ${b}` }));

const invalid: Invalid[] = [
  // The sentence before sets no end of the account: nothing to count from.
  { page: 'Exports stay available for 30 days. At the end of those 30 days we delete the export file.' },
  // Other data named as the subject still has its own window.
  { page: 'Invoices, including those for cancelled accounts, are kept for 7 years after termination.' },
  { page: 'Transaction records are retained for seven years after an account closes.' },
  { page: 'Trash keeps deleted items for 30 days. After that period, they are purged.' },
  { page: 'Backups are kept for 35 days after termination. After that period, they are overwritten.' },
  // In separate paragraphs, a period is not carried over.
  { page: ['If your subscription ends, your account is read-only for 30 days.', 'At the end of those 30 days we delete the export file.'] },
  // A further window that is not the customer data's, or a named period that is not counted from the account's end.
  { page: 'Backups are kept for 35 days after termination and then archived for a further 30 days.' },
  { page: 'Audit logs are retained for one year, and for a further 90 days after the contract ends.' },
  { page: 'The pilot runs for a period of thirty (30) days (the "Trial Period"). Invoices are issued within 14 days after expiry of the Trial Period.' },
  { page: 'Support stays available for 30 days (the "Transition Period"). Logs are deleted 30 days after the end of the Transition Period.' },
  { page: 'Everything else — backups, logs and invoices — is retained for seven years.' },
  { page: 'Backups are retained for 30 days.' },
  { page: 'Daily backups are kept for 35 days after account termination.' },
  { page: 'Logs are retained for 90 days.' },
  { page: 'Session cookies expire after 30 days.' },
  { page: 'Data is retained for the duration of the contract.' },
  { page: 'Our LLM providers retain prompts for 30 days before deletion.' },
  { page: 'Subprocessors delete customer data within 30 days of contract termination.' },
  { page: 'Billing records are kept for 7 years after account closure to meet tax obligations.' },
  { page: 'Access tokens expire after 1 hour.' },
  { page: 'Employee access is revoked within 24 hours of termination.' },
  { page: 'We aim to respond to deletion requests within 30 days.' },
  { page: 'Security breaches are treated as serious misconduct, and offenders are immediately terminated.' },
  { page: 'If payment fails, your account enters a 14-day grace period before it is suspended.' },
  { page: 'Free trial workspaces are deleted 30 days after the trial ends.' },
  { page: 'Inactive accounts are deleted after 24 months of inactivity.' },
  { page: 'Audit logs are kept for one year after the contract ends.' },
  { page: 'Point-in-time recovery covers the last 30 days.' },
  { page: 'You can cancel at any time and request a refund within 14 days.' },
  { page: 'Backups are held for 21 days, 4 weeks, 3 months and 1 year respectively.' },
  { page: 'On request: immediate deletion available by email.' },
  { page: [{ kind: 'heading', text: 'Account deletion' }, { text: 'Backups are kept for 35 days.', headings: ['Account deletion'] }] },
  { page: [{ kind: 'question', text: 'How long do you keep backups?' }, { text: 'Backups are kept for 35 days after you cancel.', question: 'How long do you keep backups?' }] },
  { page: 'If you cancel, you can still export your data for 30 days.' },
  { page: 'Deleted items stay in the trash for 30 days before being permanently deleted.' },
  { page: 'Data is deleted within 30 days of a verified deletion request.' },
  { page: 'Uploaded files are automatically deleted after 24 hours.' },
  // --- 9c8ad8d: "stops using" with other data, another subject, no deletion, or no end of use ---
  { page: 'Logs are kept for 90 days after the customer stops using the service.' },
  { page: 'Backups are retained for 35 days after a customer no longer uses the product.' },
  { page: 'Users who stop using the app for 30 days are signed out.' },
  { page: 'When customers stop using a feature for 90 days, we hide it from the menu.' },
  { page: 'If the customer stops using the product for 30 days, we send a reminder email.' },
  { page: 'Once you stop using a device, sessions on it expire after 14 days.' },
  { page: 'After you stop using the trial, you can upgrade within 30 days.' },
  { page: 'Our subprocessors delete data within 30 days after the customer stops using the service.' },
  { page: 'We send a survey 7 days after users stop using the app.' },
  { page: 'When users stop using the app, their tokens are removed within 24 hours.' },
  { page: 'Invoices are retained for 7 years after the customer stops using the service.' },
  { page: 'Customers who stop using the product can export their data for 30 days.' },
  { page: 'When a user stops using a shared document for 10 minutes, the editing lock is removed.' },
  { page: 'When you stop using a feature, we keep your preferences for 90 days.' },
  { page: 'Audit trails are held for 1 year after the client ceases to use the platform.' },
  // Records kept for other reasons, a list of one kind, a renewal.
  { page: "Metadata and call detail records we're obliged to keep are retained for 12 months after the account is closed." },
  { page: "Call detail records are kept for 12 months after termination." },
  { page: "All of your logs are retained for 30 days after termination." },
  { page: "Subscriptions renew automatically 30 days before the term ends unless cancelled." },
  { page: "Usage metadata is retained for 90 days after account closure." },
];

// A subscription that ends "without renewal" has ended ("renewal" is otherwise a billing window); an age rule ("older than
// 12 months") or a setting the customer can choose is no window after the account ends.
// The quote is the sentence that names the window (the last one in these rows; a ";" part when it names the event).
const lastSentence = (t: string) => t.split(/(?<=[.!?])\s+/).at(-1)!.replace(/^.*;\s*/, '');
const renewalAndAge: Valid<number>[] = [
  ['When a paid subscription ends without renewal, all of its data is permanently removed within two weeks.', 14],
  ['If your plan ends without renewal, your workspace is deleted 30 days later.', 30],
  ['Upon non-renewal of the subscription, Customer Data is deleted within 60 days.', 60],
  ['When the contract expires and you choose not to renew, we delete your data within 45 days.', 45],
  ['If you fail to renew, your account is closed and its data erased within 90 days.', 90],
  ['When an owner deletes an organization or a subscription ends without renewal, the org is locked immediately and all of its data, including logs, artifacts and secrets, is permanently removed within two weeks.', 14],
  ['Conversations are kept while your workspace is active (you can also set an auto-delete period, e.g. delete conversations older than 12 months). When you cancel, your workspace is purged ten days after cancellation.', 10],
  ['Admins can configure automatic deletion of messages older than 6 months. After termination, all data is deleted within 30 days.', 30],
  ['Files more than 90 days old can be archived automatically; after you cancel, we delete everything within 7 days.', 7],
  ['You may choose a 1-year retention period for recordings. On account closure, recordings are removed within 21 days.', 21],
].map(([page, value]) => ({ page: page as string, value: value as number, quote: lastSentence(page as string) }));
const renewalAndAgeInvalid: Invalid[] = [
  { page: 'Subscriptions renew automatically; you can cancel within 14 days of renewal for a refund.' },
  { page: 'After cancellation you can set an auto-delete period, for example delete conversations older than 12 months.' },
  { page: 'When you cancel, any files older than 90 days are archived.' },
  { page: 'Admins can configure deletion of inactive accounts after 180 days; cancelling your plan stops billing.' },
  { page: 'After termination, you may choose a retention period of up to 5 years for audit logs.' },
  { page: 'Invoices are emailed 7 days before renewal; cancel any time from your account.' },
  { page: 'Once your account is closed, data older than 30 days may already have been purged by your own retention settings.' },
  { page: 'Renewal notices go out 30 days before the subscription ends.' },
  { page: 'Workspace owners can set messages to delete after 90 days; deleting the workspace is permanent.' },
  { page: 'Customers can configure a 60-day retention window for deleted projects before they cancel.' },
];

// A window the page says it changed: the new value holds, wherever the old one is still written.
const changed: Valid<number>[] = [
  { page: 'Deletion window after termination shortened from 60 to 30 days.', value: 30 },
  { page: 'We reduced the post-termination deletion window from 90 days to 30 days.', value: 30 },
  { page: 'Customer data is deleted within 30 days of termination (changed from 90 days in 2023).', value: 30 },
  { page: 'Customer data is deleted within 60 days of termination; in 2024 we shortened this from 60 to 30 days.', value: 30 },
  { page: ['Customer data is deleted within 90 days of termination.', '2024-05-01: the deletion window after termination was cut from 90 days to 45 days.'], value: 45, quote: '2024-05-01: the deletion window after termination was cut from 90 days to 45 days.' },
  { page: ['2023: Data is deleted 60 days after cancellation.', '2025: We extended the post-cancellation deletion window from 60 to 90 days.'], value: 90, quote: '2025: We extended the post-cancellation deletion window from 60 to 90 days.' },
  { page: 'After termination, data is purged within 14 days (reduced from 30 days).', value: 14 },
  { page: 'We lowered the time we keep data after account closure from six months to 30 days.', value: 30 },
  { page: 'Account data is erased 7 days after cancellation, down from 30 days.', value: 7 },
  { page: 'Following termination we now delete everything within 21 days; the window went from 45 to 21 days in 2024.', value: 21, quote: 'Following termination we now delete everything within 21 days' },
].map((c) => ({ ...c, quote: c.quote ?? (typeof c.page === 'string' ? c.page : undefined) })) as Valid<number>[];

// Backups named as one more place the data goes from ("including copies in backups", "from production and backups"), and
// a list of the account's things that holds its data ("its repositories' data, artifacts, caches, secrets and logs"): the
// whole account's window. A list of other things only, or backups as their own subject, keep their own windows.
const wholeAccount: Valid<number>[] = [
  ['Upon termination of the subscription, we shall delete all Customer Data, including copies contained in backups, within ninety (90) days.', 90],
  ['After cancellation, all customer content, including any backups, is erased within 30 days.', 30],
  ['Following termination we delete your data, incl. backup copies, within 60 days.', 60],
  ['When the contract ends we purge it from production and backups within 60 days of termination.', 60],
  ['After account closure your data is removed from our systems and from backups within 45 days.', 45],
  ['Once you cancel, we wipe your records from live databases as well as backups within 21 days.', 21],
  ['If you cancel, we permanently erase its repositories\' data, artifacts, caches, secrets and logs within 30 days of cancellation.', 30],
  ['When your contract ends we purge all of its stored content, logs and fine-tuned models within 14 days.', 14],
  ['On termination, your files, comments, audit logs and integrations are deleted within 28 days.', 28],
  ['When a workspace is cancelled, the workspace\'s documents, attachments, logs and settings are removed within 10 days.', 10],
].map(([page, value]) => ({ page: page as string, value: value as number, quote: page as string }));
const wholeAccountInvalid: Invalid[] = [
  { page: 'After termination, your logs, backups and snapshots are rotated out within 35 days.' },
  { page: 'Backups are retained for 90 days after termination.' },
  { page: 'After cancellation, backup copies are overwritten within 35 days.' },
  { page: 'On termination, its logs, metrics and traces are deleted within 30 days.' },
  { page: 'Backups, including those of terminated accounts, rotate every 14 days.' },
  { page: 'We keep audit logs, including copies in backups, for one year after termination.' },
  { page: 'After account closure, invoices, receipts and tax records are kept for seven years.' },
  { page: 'Following termination, the tokens, sessions and cookies are revoked within 24 hours.' },
  { page: 'When you cancel, billing records, payment history and invoices are retained for 10 years.' },
  { page: 'After the contract ends, access logs and backups are deleted within 90 days.' },
  { page: 'If you close your account, your logs are removed from our systems within 14 days and from backups within 30 days.' },
];

// A window counted from a period set earlier: two sentences back, in the numbered clause before, or named "the
// retrieval period"; "within the following 30 days"; "agreement with Acme ends"; an active deletion's own object ("we
// deliver the archive (data, audit trails …) and then erase the data …"); "from our production and backup systems".
const counted: Valid<number>[] = [
  ['When a subscription ends, your account becomes read-only for 30 days. During that time administrators can still export everything. After the 30 days, all of your organisation\'s data is permanently erased from our production and backup systems within a further 14 days.', 44, 'When a subscription ends, your account becomes read-only for 30 days. During that time administrators can still export everything. After the 30 days, all of your organisation\'s data is permanently erased from our production and backup systems within a further 14 days.'],
  ['When your agreement with Acme ends, your workspaces remain available for a 60-day retrieval period. After the retrieval period ends, we purge all of your workspaces — documents, indexes and backups — within the following 30 days.', 90, 'When your agreement with Acme ends, your workspaces remain available for a 60-day retrieval period. After the retrieval period ends, we purge all of your workspaces — documents, indexes and backups — within the following 30 days.'],
  ['When your subscription ends, your account becomes read-only for 30 days. After the 30-day read-only period, Acme deletes Customer Personal Data from its live systems within a further 60 days.', 90, 'When your subscription ends, your account becomes read-only for 30 days. After the 30-day read-only period, Acme deletes Customer Personal Data from its live systems within a further 60 days.'],
  ['When an agreement ends, we deliver the complete study archive (data, audit trails and metadata) to the sponsor and then erase the sponsor\'s data from our production environment within 60 days.', 60, undefined],
  ['After termination we send you an export (logs, files and settings) and then delete your data within 21 days.', 21, undefined],
  ['On cancellation, Acme returns your records and then wipes all customer data from its databases within 45 days.', 45, undefined],
  ['When the contract between us ends, all customer data is deleted within 30 days.', 30, undefined],
  ['Once your subscription with Acme Cloud expires, your workspace is removed within 14 days.', 14, undefined],
  ['After account closure, we purge it from our primary and backup storage within 35 days.', 35, undefined],
  ['Following termination, your data is removed from the production and backup systems within 28 days.', 28, undefined],
].map(([page, value, quote]) => ({ page: page as string, value: value as number, quote: (quote as string | undefined) ?? (page as string) }));
const countedInvalid: Invalid[] = [
  { page: 'While your subscription is active, you decide how long records are kept. Retention settings for each record type (for example, "delete event registrations 12 months after the event") live under Settings.' },
  { page: 'Admins can pick a retention period per project (e.g. 90 days after a project closes).' },
  { page: 'If your subscription ends, your account is read-only for 30 days. At the end of those 30 days we delete the export file.' },
  { page: 'After termination, the export link expires within 7 days.' },
  { page: 'When the contract ends, exported archives stay downloadable for 30 days.' },
  { page: 'After the 30 days, invoices are kept for seven years.' },
  { page: 'When your agreement with Acme ends, audit logs are retained for one year.' },
  { page: 'After the retrieval period, billing records are kept for 10 years.' },
  { page: 'When the subscription ends, backups rotate out within 35 days.' },
  { page: 'Within the following 30 days after renewal, you can change your plan.' },
];

runTable(extractor, [...valid, ...valid2, ...valid3, ...valid4, ...renewalAndAge, ...changed, ...wholeAccount, ...counted], [...invalid, ...renewalAndAgeInvalid, ...wholeAccountInvalid, ...countedInvalid]);
