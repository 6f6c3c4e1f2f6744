import { z } from 'zod';
import { MAX_RELATED } from '../../assessment/related-pages';
import { LINK_TOPICS } from '../../reader/link-topics';
import type { JobState } from './job';

export { RELATED_PORT } from './port';

const vendorId = z.string().min(1).max(300);
const page = z
  .object({
    url: z.string().max(2_000).regex(/^https?:\/\//i),
    text: z.string().max(200),
    topic: z.enum(LINK_TOPICS.map((t) => t.id) as [LinkTopicId, ...LinkTopicId[]]),
  })
  .strict();
type LinkTopicId = (typeof LINK_TOPICS)[number]['id'];

/**
 * Page → background: follow a vendor's job, start one (at most MAX_RELATED pages, all on `site`, the read page's
 * registrable domain: a vendor the reviewer renamed or merged keeps its id, its pages their site), cancel it
 * (or say the reviewer refused).
 */
export const relatedRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('watch'), vendorId }).strict(),
  z.object({ type: z.literal('start'), vendorId, vendorName: z.string().max(300), site: z.string().min(1).max(300), pages: z.array(page).min(1).max(MAX_RELATED) }).strict(),
  z.object({ type: z.literal('cancel'), vendorId, refused: z.boolean().optional() }).strict(),
]);
export type RelatedRequest = z.infer<typeof relatedRequest>;

/** Background → page: the watched vendor's job as it stands (null: none since the background started). */
export interface RelatedUpdate {
  type: 'state';
  job: JobState | null;
}
