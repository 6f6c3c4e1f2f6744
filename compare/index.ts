/** compare/ — vendors side by side: each vendor's pages merged and scored into a view, and the comparison CSV. */
export { buildVendorView, toComparisonRow, type VendorView } from './vendor-view';
export { loadVendorViews } from './load';
export { buildComparisonCsv, csvFileName, type ComparisonRow } from './csv';
