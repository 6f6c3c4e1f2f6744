/** compare/ — vendors side by side: each vendor's pages merged and scored into a view, and the comparison CSV. */
export { buildVendorView, type VendorView } from './vendor-view';
export { exportFields, toComparisonRow } from './export-row';
export { quoteLink } from './text-fragment';
export { loadVendorViews } from './load';
export { buildComparisonCsv, csvFileName, type ComparisonRow } from './csv';
export { vendorReportHtml, reportFileName, escapeHtml } from './report';
