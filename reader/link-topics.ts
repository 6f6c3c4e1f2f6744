/**
 * The topics of a vendor's other pages worth reading next to its security page, each recognised by words
 * in a link's text or its address path. Data, in priority order: the first topic a link matches is its
 * topic, and the list of pages is sorted by it.
 */
export const LINK_TOPICS = [
  { id: 'security', label: 'Security', words: /\bsecurity\b|\bsecure\b|\binfosec\b/i, path: /secur|infosec/i },
  { id: 'trust', label: 'Trust center', words: /\btrust\b/i, path: /trust/i },
  { id: 'compliance', label: 'Compliance', words: /\bcompliance\b|\bsoc ?2\b|\biso ?27001\b|\bcertifications?\b|\bgdpr\b|\bhipaa\b|\baudits?\b/i, path: /complian|soc-?2|iso-?27001|certification|gdpr|hipaa/i },
  { id: 'dpa', label: 'Data processing agreement', words: /\bdpa\b|\bdata processing (?:agreement|addendum)\b/i, path: /(?:^|[/_.-])dpa(?:$|[/_.-])|data-processing/i },
  { id: 'subprocessors', label: 'Subprocessors', words: /\bsub-?processors?\b/i, path: /sub-?processor/i },
  { id: 'privacy', label: 'Privacy', words: /\bprivacy\b|\bdata protection\b/i, path: /privacy|data-protection/i },
  { id: 'sla', label: 'SLA', words: /\bsla\b|\bservice level\b|\buptime\b/i, path: /(?:^|[/_.-])sla(?:$|[/_.-])|service-level|uptime/i },
  { id: 'status', label: 'Status', words: /^\s*(?:system )?status\s*$|\bstatus page\b/i, path: /(?:^|\/)status(?:$|[/.])/i },
  { id: 'faq', label: 'FAQ', words: /\bfaqs?\b|\bfrequently asked\b/i, path: /(?:^|[/_.-])faqs?(?:$|[/_.-])/i },
] as const;

export type LinkTopic = (typeof LINK_TOPICS)[number]['id'];

/** The topic of a link by its text, then by its path; null when it names none. Bounded input: callers cap the text. */
export function linkTopic(text: string, path: string): LinkTopic | null {
  for (const t of LINK_TOPICS) if (t.words.test(text)) return t.id;
  for (const t of LINK_TOPICS) if (t.path.test(path)) return t.id;
  return null;
}

/** The display label of a topic. */
export function topicLabel(id: LinkTopic): string {
  return LINK_TOPICS.find((t) => t.id === id)!.label;
}
