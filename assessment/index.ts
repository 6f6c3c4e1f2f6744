/** assessment/ — a vendor's readings over time, pure: records, page URLs and vendor identity, reviewer overrides, changes between readings and the merge of a vendor's pages. */
export * from './types';
export { applyOverrides, checkOverrideValue } from './overrides';
export { diffAssessments, diffSummaries } from './diff';
export { mergeAssessments, type MergedAssessment } from './merge';
export { normalizePageUrl } from './page-url';
export { vendorFromUrl, type VendorIdentity } from './vendor-domain';
