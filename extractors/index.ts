/** extractors/ — one file per field, each reading one kind of claim from a page's blocks; this registry lists them all. */
import type { Extractor } from '../claims/types';
import { extractor as backupFrequency } from './backup-frequency';
import { extractor as backupRetention } from './backup-retention';
import { extractor as breachNotice } from './breach-notice';
import { extractor as dataCountries } from './data-countries';
import { extractor as dataRegion } from './data-region';
import { extractor as encryptionAtRest } from './encryption-at-rest';
import { extractor as encryptionInTransit } from './encryption-in-transit';
import { extractor as gdprDpa } from './gdpr-dpa';
import { extractor as hipaa } from './hipaa';
import { extractor as iso27001 } from './iso27001';
import { extractor as iso27001Issuer } from './iso27001-issuer';
import { extractor as iso27001PlanDue } from './iso27001-plan-due';
import { extractor as iso27001Scope } from './iso27001-scope';
import { extractor as iso27001ValidUntil } from './iso27001-valid-until';
import { extractor as mfa } from './mfa';
import { extractor as pciDss } from './pci-dss';
import { extractor as penTest } from './pen-test';
import { extractor as rbac } from './rbac';
import { extractor as retention } from './retention';
import { extractor as rpo } from './rpo';
import { extractor as rto } from './rto';
import { extractor as soc2 } from './soc2';
import { extractor as soc2Auditor } from './soc2-auditor';
import { extractor as soc2Period } from './soc2-period';
import { extractor as soc2PlanDue } from './soc2-plan-due';
import { extractor as sso } from './sso';
import { extractor as subprocessorList } from './subprocessor-list';
import { extractor as uptime } from './uptime';
import { extractor as vulnAckHours } from './vuln-ack-hours';
import { extractor as vulnerabilityDisclosure } from './vulnerability-disclosure';

/**
 * Every extractor, one line each, sorted by id. Nothing is discovered by magic:
 * tests/unit/extractors/registry.test.ts checks each file in extractors/ is listed here,
 * that its id equals its file name, and that it has fixture tests.
 */
export const extractors: readonly Extractor[] = [
  backupFrequency,
  backupRetention,
  breachNotice,
  dataCountries,
  dataRegion,
  encryptionAtRest,
  encryptionInTransit,
  gdprDpa,
  hipaa,
  iso27001,
  iso27001Issuer,
  iso27001PlanDue,
  iso27001Scope,
  iso27001ValidUntil,
  mfa,
  pciDss,
  penTest,
  rbac,
  retention,
  rpo,
  rto,
  soc2,
  soc2Auditor,
  soc2Period,
  soc2PlanDue,
  sso,
  subprocessorList,
  uptime,
  vulnAckHours,
  vulnerabilityDisclosure,
];
