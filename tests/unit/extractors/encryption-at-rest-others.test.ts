import { extractor } from '../../../extractors/encryption-at-rest';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

// AES-256 that another company applies ("…, which encrypts completed envelopes with AES-256", data "sent to our email
// provider … according to that provider's documentation", "in its own platform") is not the vendor's; AES-256 for
// something an earlier sentence named ("Those PDFs are encrypted with AES-256") ranks below the vendor's statement about
// its stored data; "the Advanced Encryption Standard with 256-bit keys" is AES-256; a list before "and backups are
// encrypted" is the subject, not backups alone.
const two = (first: string, second: string, value: 'AES-256' | 'stated', quoted = first): Valid<'AES-256' | 'stated'> => ({ page: [first, second], value, quote: quoted });
const valid: Valid<'AES-256' | 'stated'>[] = [
  two('All customer data is stored on encrypted volumes.', 'Exported invoices can be password-protected. Those PDFs are encrypted with AES-256.', 'stated'),
  two('Everything in our database is encrypted at rest.', 'Import tokens are kept for an hour. Those are encrypted with AES-256-GCM and then discarded.', 'stated'),
  two('Customer files are encrypted at rest.', 'Shared links can carry a password. These are encrypted with AES-256.', 'stated'),
  two('Stored data is encrypted at rest using our cloud storage encryption.', 'Report downloads are zipped. They are encrypted with AES-256 before download.', 'stated'),
  two('Our databases are encrypted at rest.', 'Signed agreements come back from our e-signature partner, which encrypts completed envelopes with AES-256.', 'stated'),
  two('Customer data is encrypted at rest.', 'Card payments go to our payment processor, which encrypts card data with AES-256 in its own vault.', 'stated'),
  two('Customer data is encrypted at rest.', 'Email addresses sent to our email delivery provider are stored there encrypted with AES-256.', 'stated'),
  { page: 'Customer Data is encrypted at rest using the Advanced Encryption Standard with 256-bit keys.', value: 'AES-256', quote: 'Customer Data is encrypted at rest using the Advanced Encryption Standard with 256-bit keys.' },
  { page: 'All stored data is protected with 256-bit Advanced Encryption Standard encryption at rest.', value: 'AES-256', quote: 'All stored data is protected with 256-bit Advanced Encryption Standard encryption at rest.' },
  { page: 'Stored data: databases, file storage (pay stubs, tax forms) and backups are encrypted at rest with AES-256.', value: 'AES-256', quote: 'Stored data: databases, file storage (pay stubs, tax forms) and backups are encrypted at rest with AES-256.' },
  { page: 'At rest: our databases, object storage and backups are encrypted with AES-256.', value: 'AES-256', quote: 'At rest: our databases, object storage and backups are encrypted with AES-256.' },
  { page: 'We encrypt customer data at rest with AES-256 in our own platform.', value: 'AES-256', quote: 'We encrypt customer data at rest with AES-256 in our own platform.' },
  { page: 'Customer data is encrypted with AES-256 at rest, which our cloud provider manages keys for.', value: 'AES-256', quote: 'Customer data is encrypted with AES-256 at rest, which our cloud provider manages keys for.' },
  two('Those PDFs are encrypted with AES-256.', 'Nothing else is said about storage.', 'AES-256'),
  two('These backups are encrypted with AES-256.', 'Backups are kept for 30 days.', 'AES-256'),
  two('Customer data is encrypted at rest.', 'Backups: taken nightly, retained for 30 days, and they are encrypted with AES-256.', 'stated'),
  { page: 'Customer data is encrypted at rest with AES-256; our email provider stores delivery logs.', value: 'AES-256', quote: 'Customer data is encrypted at rest with AES-256; our email provider stores delivery logs.' },
];
const invalid: Invalid[] = [
  { page: 'Signed agreements are returned from Signwell, which encrypts completed envelopes with AES-256 in its own platform.' },
  { page: 'Card details go straight to Paylane, which encrypts card data with AES-256 and stores it in its vault.' },
  { page: 'Uploads are scanned by Virusgate, which also encrypts quarantined files with AES-256.' },
  { page: 'Email addresses sent to our email delivery provider are stored there encrypted with AES-256 according to that provider’s documentation.' },
  { page: 'Documents sent to our e-signature partner are encrypted with AES-256 in its own platform.' },
  { page: 'Invoices sent to a payment processor are encrypted with AES-256 according to the processor’s security page.' },
  { page: 'Telemetry sent to our analytics vendor is stored encrypted with AES-256 in their own environment.' },
  { page: 'Our payment partner, which encrypts stored PANs with AES-256, handles every card.' },
  { page: 'Transcripts go to Voxly, who encrypts them with AES-256 at rest.' },
  { page: 'Messages routed through Relaypost, which encrypts them at rest with AES-256, never reach our servers.' },
  { page: 'Backups are handled by Vaultline, which encrypts snapshots with AES-256 in its own infrastructure.' },
  { page: 'API tokens are encrypted with AES-256.' },
  { page: 'Firmware images are encrypted with AES-256 before over-the-air delivery.' },
  { page: 'Receipts sent to our OCR provider are encrypted with AES-256 according to the provider’s documentation.' },
  { page: 'We do not encrypt data at rest.' },
  { page: 'Customer API keys: kept in an isolated store, where they are encrypted at rest with AES-256.' },
  { page: 'Integration credentials: held in a dedicated vault, and they are encrypted at rest with AES-256-GCM.' },
];
runTable(extractor, valid, invalid);
