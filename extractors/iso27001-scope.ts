import type { Candidate, Extractor } from '../claims/types';
import { heldCertSentences } from '../language/cert-details';
import { candidate, evidenceAt } from '../language/evidence';
import { spec } from './iso27001';

const FIELD = 'iso27001Scope';

const CERT = String.raw`(?:ISO\s*(?:\/\s*IEC\s*)?[-:]?\s*27001(?::\s*20\d\d)?\s+)?(?:certification|certificate|registration|ISMS|information security management system)`;
const PATTERNS = [
  // "The scope of our ISO 27001 certification covers …", "The certificate's scope includes …"
  new RegExp(String.raw`\bscope\s+of\s+(?:our|the|this|its)\s+${CERT}\s+(?:covers|includes|is|encompasses|spans|extends\s+to|comprises)\s*:?\s*`, 'i'),
  new RegExp(String.raw`\b(?:${CERT}(?:[’']s)?|[Ii]ts|[Tt]he)\s+scope\s+(?:covers|includes|is|encompasses|spans|extends\s+to|comprises)\s*:?\s*`, 'i'),
  // "Our ISO 27001 certification covers the development, operation and support of …"
  new RegExp(String.raw`\b${CERT}\s+(?:covers|applies\s+to|encompasses|extends\s+to)\s+`, 'i'),
  // "Scope: All Acme products and supporting infrastructure" (a label, or "Certificate scope:")
  /\b(?:certificat(?:e|ion)\s+)?scope\s*[:|–—-]\s*/i,
];
// The rest must say what is covered, not a control count or the standard again.
const NOT_SCOPE = /^(?:all\s+)?(?:\d+\s+)?(?:Annex\s+A|controls?\b|requirements\b|ISO\b)/i;

/** The scope as written, up to the end of its sentence (at most ~240 characters, cut at a word). */
function scopeText(rest: string): string | null {
  const text = rest.replace(/[.;\s]+$/, '').split(/;\s/)[0]!.trim();
  if (text.length < 8 || NOT_SCOPE.test(text)) return null;
  if (text.length <= 240) return text;
  return text.slice(0, text.lastIndexOf(' ', 240)) + ' …';
}

export const extractor: Extractor<string> = {
  meta: {
    id: 'iso27001-scope',
    field: FIELD,
    version: 1,
    description: "The scope of the vendor's own ISO 27001 certificate (what it covers), in the page's words.",
  },
  extract(page): Candidate<string>[] {
    const out: Candidate<string>[] = [];
    for (const { block, sentence, how } of heldCertSentences(page, spec)) {
      const labelled = block.kind === 'label-value' && /\bscope\b/i.test(block.label ?? '') ? block.value ?? null : null;
      let value: string | null = labelled ? scopeText(labelled) : null;
      for (const p of labelled ? [] : PATTERNS) {
        const m = sentence.text.match(p);
        value = m ? scopeText(sentence.text.slice(m.index! + m[0].length)) : null;
        if (value) break;
      }
      if (value) out.push(candidate(FIELD, value, evidenceAt(block, sentence.start, sentence.end), how === 'mention' ? 0.85 : 0.8, "the scope of the vendor's ISO 27001 certificate"));
    }
    return out;
  },
};

// Must read right: "The scope of our ISO 27001 certification covers the development and operation of the Acme
// platform." ; "Our ISO/IEC 27001:2022 certificate applies to all Acme products and supporting infrastructure."
// Must not be fooled by: "AWS's ISO 27001 certification covers its data centres"; "The scope of our SOC 2 report
// covers …"; "Our ISO 27001 certification, expected in 2026, will cover …" (a plan); "covers all 93 Annex A controls".
