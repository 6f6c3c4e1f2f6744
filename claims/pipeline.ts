import { extractors as registry } from '../extractors/index';
import { readDocument, type ReadDocumentOptions } from '../reader/dom';
import { readText, type ReadTextOptions } from '../reader/text';
import { guessVendor } from '../reader/vendor-name';
import { resolveClaims, type TaggedCandidate } from './resolve';
import { summarize } from './summary';
import type { Block, Extraction, Extractor, Page, Strength } from './types';
import { withOwnColumns } from '../language/own-columns';
import { withAnswers } from '../language/questionnaire-rows';
import { vendorWords } from '../language/names';

/** An extractor that threw: the pipeline records it and carries on with the others. */
export interface ExtractorError {
  extractor: string;
  message: string;
}

export type PipelineResult = Extraction & {
  errors: ExtractorError[];
  /** Extractors that did not run because the budget ran out (their fields read as not stated). */
  unread: string[];
};

/** One deadline for reading and extraction together: a `performance.now()` time. */
export interface Budget {
  deadline?: number;
}

/**
 * Runs every extractor on a read page, resolves the candidates into claims and summarises them.
 * Past `budget.deadline` (checked between extractors) the rest are skipped and the result is partial,
 * with what the extractors that ran found.
 */
export function extractPage(read: Page, extractors: readonly Extractor[] = registry, readMs = 0, budget: Budget = {}): PipelineResult {
  // Tables reshaped before any extractor reads them: a comparison's other columns left out, a questionnaire's rows read
  // as answers to their questions.
  const page = withAnswers(withOwnColumns(read, vendorWords(read)));
  const start = performance.now();
  const tagged: TaggedCandidate[] = [];
  const errors: ExtractorError[] = [];
  const unread: string[] = [];
  const versions: Record<string, number> = {};
  for (const ex of extractors) {
    if (budget.deadline !== undefined && performance.now() > budget.deadline) {
      unread.push(ex.meta.id);
      continue;
    }
    versions[ex.meta.id] = ex.meta.version; // only extractors that ran made (or found no) claims
    try {
      const info = { id: ex.meta.id, version: ex.meta.version };
      for (const candidate of ex.extract(page)) {
        if (!validEvidence(page, candidate.evidence)) continue;
        // A quote from a PDF cites its page; a reading's strength, when its extractor does not judge it, is its block's.
        const block = page.blocks[candidate.evidence.block]!;
        const evidence = block.page === undefined ? candidate.evidence : { ...candidate.evidence, page: block.page };
        tagged.push({ candidate: { ...candidate, evidence, strength: candidate.strength ?? blockStrength(block) }, extractor: info });
      }
    } catch (e) {
      errors.push({ extractor: ex.meta.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const claims = resolveClaims(tagged);
  let chars = 0;
  for (const b of page.blocks) chars += b.text.length;
  return {
    vendor: guessVendor(page),
    title: page.title,
    url: page.url,
    lang: page.lang,
    partial: page.partial || unread.length > 0,
    claims,
    summary: summarize(claims),
    extractors: versions,
    timings: { read: round(readMs), extract: round(performance.now() - start) },
    stats: { blocks: page.blocks.length, chars },
    errors,
    unread,
  };
}

// A quote that is not where it says it is would send a reviewer to the wrong place: drop the candidate.
function validEvidence(page: Page, ev: { quote: string; block: number; start: number; end: number }): boolean {
  const block = page.blocks[ev.block];
  return block !== undefined && ev.quote.length > 0 && block.text.slice(ev.start, ev.end) === ev.quote;
}

/**
 * How explicit a block is, for readings whose extractor does not judge it (docs/DATA.md, "Merging"): a sentence
 * or a FAQ answer is the vendor's own statement (3), a list item, table row or label a listing (2), a heading or
 * a question a bare mention (1).
 */
export function blockStrength(block: Pick<Block, 'kind' | 'question'>): Strength {
  if (block.kind === 'paragraph' || block.question !== undefined) return 3;
  return block.kind === 'heading' || block.kind === 'question' ? 1 : 2;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Reads a Document (linkedom in the CLI, the page clone in the content script) and extracts it. */
export function extractDocument(doc: Document, opts: ReadDocumentOptions = {}, extractors: readonly Extractor[] = registry): PipelineResult {
  const start = performance.now();
  const page = readDocument(doc, opts);
  return extractPage(page, extractors, performance.now() - start);
}

/** Reads plain text or markdown and extracts it. */
export function extractText(text: string, opts: ReadTextOptions = {}, extractors: readonly Extractor[] = registry): PipelineResult {
  const start = performance.now();
  const page = readText(text, opts);
  return extractPage(page, extractors, performance.now() - start);
}
