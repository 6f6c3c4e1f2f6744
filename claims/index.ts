/** claims/ — the claim model and the one field list; runs every extractor over a page's blocks, resolves candidates into claims and summarises them (docs/FIELDS.md). */
export * from './types';
export * from './fields';
export { extractPage, extractDocument, extractText, type PipelineResult } from './pipeline';
export { resolveClaims } from './resolve';
export { summarize } from './summary';
