import type { Block } from '../claims/types';

/**
 * Words that every claim Assay reads sits near: certifications, encryption, retention, breach notice,
 * data location, access control, recovery, disclosure. Deliberately broad: a block without any of them
 * (in its text, its question, its headings, its list lead or label) holds nothing an extractor takes.
 */
const KEYWORDS =
  /soc ?[123]|\bsoc\b|iso|27001|27017|27018|certif|audit|attest|complian|encrypt|aes|tls|ssl|https|cipher|retain|retention|delet|purg|eras|destroy|breach|incident|notif|gdpr|dpa|data processing|hipaa|baa|pci|penetration|pen[ -]?test|bug bounty|vulnerab|disclos|security|privacy|sso|saml|oidc|single sign|mfa|multi-factor|two-factor|2fa|rbac|role|permission|backup|backed up|recover|rpo|rto|uptime|availab|\bsla\b|subprocessor|sub-processor|host|stor|data cent|datacent|region|locat|resid|server|cloud|aws|azure|gcp|trust/i;

/** Whether a block, with the context it carries, may hold a claim. */
export function mayHoldClaim(b: Block): boolean {
  return KEYWORDS.test(b.text) || (b.question !== undefined && KEYWORDS.test(b.question)) || b.headings.some((h) => KEYWORDS.test(h)) || (b.lead !== undefined && KEYWORDS.test(b.lead));
}

/**
 * Keeps a large page within `maxChars` of block text: the blocks that may hold a claim (a cheap keyword
 * scan) come first, then the rest in document order while room remains; the kept blocks stay in page
 * order and are renumbered. `skippedClaimText` is true only when a block that may hold a claim had to go.
 */
export function keepLikelyClaims(blocks: Block[], maxChars: number): { blocks: Block[]; skippedClaimText: boolean } {
  const likely = blocks.map(mayHoldClaim);
  const keep = new Array<boolean>(blocks.length).fill(false);
  let room = maxChars;
  let skippedClaimText = false;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < blocks.length; i++) {
      if (keep[i] || likely[i] !== (pass === 0)) continue;
      const n = blocks[i]!.text.length;
      if (n > room) {
        if (pass === 0) skippedClaimText = true;
        continue;
      }
      keep[i] = true;
      room -= n;
    }
  }
  const kept: Block[] = [];
  blocks.forEach((b, i) => {
    if (keep[i]) kept.push({ ...b, index: kept.length });
  });
  return { blocks: kept, skippedClaimText };
}
