import * as z from 'zod/mini';
import { MAX_RELATED } from '../../assessment/related-pages';
import { LINK_TOPICS } from '../../reader/link-topics';
import type { JobState } from './job';

export { RELATED_PORT } from './port';

const vendorId = z.string().check(z.minLength(1), z.maxLength(300));
const page = z.strictObject({
  url: z.string().check(z.maxLength(2_000), z.regex(/^https?:\/\//i)),
  text: z.string().check(z.maxLength(200)),
  topic: z.enum(LINK_TOPICS.map((t) => t.id) as [LinkTopicId, ...LinkTopicId[]]),
});
type LinkTopicId = (typeof LINK_TOPICS)[number]['id'];

/**
 * Page → background: follow a vendor's job, start one (at most MAX_RELATED pages, all on `site`, the read page's
 * registrable domain: a vendor the reviewer renamed or merged keeps its id, its pages their site), cancel it
 * (or say the reviewer refused).
 */
export const relatedRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('watch'), vendorId }),
  z.strictObject({ type: z.literal('start'), vendorId, vendorName: z.string().check(z.maxLength(300)), site: z.string().check(z.minLength(1), z.maxLength(300)), pages: z.array(page).check(z.minLength(1), z.maxLength(MAX_RELATED)) }),
  z.strictObject({ type: z.literal('cancel'), vendorId, refused: z.optional(z.boolean()) }),
]);
export type RelatedRequest = z.infer<typeof relatedRequest>;

/** Background → page: the watched vendor's job as it stands (null: none since the background started). */
export interface RelatedUpdate {
  type: 'state';
  job: JobState | null;
}
