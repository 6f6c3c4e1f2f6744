import type { Block, BlockKind, Page } from '../../../claims/types';

export type BlockSpec = string | (Partial<Omit<Block, 'index'>> & { text: string; kind?: BlockKind });

/** Builds a Page from block specs, for extractor tables: a string is a paragraph with no headings. */
export function pageOf(...specs: BlockSpec[]): Page {
  const blocks: Block[] = specs.map((spec, index) => {
    const s = typeof spec === 'string' ? { text: spec } : spec;
    return { kind: 'paragraph', headings: [], ...s, index };
  });
  return { title: null, siteName: null, url: null, lang: 'en', blocks, partial: false };
}
