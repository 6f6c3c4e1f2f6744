/**
 * A small engine for status fields read from one sentence (or one row / label-value pair) at a time:
 * the topic may be named in the unit itself or only in its context (FAQ question, label, heading,
 * list lead-in, the sentence just before), and ordered rules turn the unit's wording into a value.
 *
 *   readStatus(page, spec) -> Candidate[] (one per unit that a rule or a short FAQ answer decides)
 */
import type { Block, Candidate, Page } from '../claims/types';
import { unitsOf, type Unit } from './block-units';
import { THIRD_PARTY_ROLE, asksAboutOwn, leadOf, questionOf, shortAnswer, withoutAnswerMark } from './context';
import { candidate, evidenceAt, pageOrder } from './evidence';
import { INTERNAL, TYPE_OR_LEVEL, judge, namedOtherSubject, namesSomethingElse, withoutRenewal, type Judgement } from './judge';
import { clauseAround, PLAN, statusOfClause, withoutAttributiveStatus, withoutPseudoTriggers } from './triggers';
import { FOOTER_LINE, LAPSE, OTHER_FRAMEWORKS, answersSomethingElse, statesStatus } from './certification';
import { AVAILABLE_MAIN, RESTRICTION_Q, notOffered } from './offered';
import { OTHER_VENDORS, THIRD_PARTY } from './names';


// A question about the vendor's own people or systems: "Do your employees access production through RBAC?"
const ASKED_INTERNAL = /\b(?:your|you)\s+(?:own\s+)?(?:employees?|staff|engineers?|personnel|workforce|team members)\b|\bproduction\b/i;

export interface Rule<V> {
  /** Every pattern must match the unit's text. */
  all: readonly RegExp[];
  /** null: the rule decides that this unit states nothing for the field (e.g. "no bug bounty yet"). */
  value: V | null;
  confidence: number;
  reason: string;
  /** Only when the topic is named in the unit itself, not merely in its heading or question. */
  local?: boolean;
}

export interface StatusSpec<V> {
  field: string;
  topic: RegExp;
  rules: readonly Rule<V>[];
  /** Value for a bare "Yes." / "No." answering a question on the topic; null for none. */
  answer?: (said: 'yes' | 'no', question: string) => V | null;
  /** Skip units another company speaks in ("Stripe is PCI DSS Level 1"): for certifications, not features. */
  vendorOnly?: boolean;
  /** An agreement the vendor signs (a DPA): the customer's own paper still counts ("we sign your DPA"). */
  agreement?: boolean;
  /**
   * Judge attribution only by section and subject, for fields where a third party is the point
   * ("penetration testing by an external provider"); default: the full attribution of ./context.
   */
  subjectOnly?: boolean;
  /**
   * For a certification-like field, the values the judge's status gives when the topic is named in the unit
   * (judge.ts): a plan or a denial there decides before any rule ("PCI DSS Level 1 is planned for 2027" is no
   * Level 1), and a held status the rules have no word for ("We passed our PCI DSS audit") gives `held`.
   * null: the field has no such value (the unit then states nothing).
   */
  judged?: {
    held: V;
    planned: V | null;
    denied: V | null;
    /** The values that say the vendor holds it: after the judge's denial no rule may give one. */
    positive: readonly V[];
    /** The field's own wording that reads like another company to the certification judge ("Service Provider"). */
    ownTerm?: RegExp;
  };
  /** A feature the product offers its customers (SSO, MFA, roles): the judge's plan or denial in its clause rules it out. */
  offered?: boolean;
  /** Words every block or context naming the topic contains: a cheap test that skips the rest of the page. */
  prefilter?: RegExp;
}

// Who else may have passed an audit on the vendor's platform (unless the mention is "our …": "customers who need
// a copy of our PCI DSS attestation").
const OTHERS_SUBJECT = /\b(?:customers?|clients?|merchants?|users?|organi[sz]ations|companies|businesses|teams|hospitals|clinics|practices|partners|thousands|hundreds|many)\b/i;

// The standard said not to apply to the vendor: the field's rules read it ("PCI DSS does not apply to us").
const DOES_NOT_APPLY = /\bnot applicable\b|\bn\/a\b|\bout of scope\b|\bnot in scope\b|\bdo(?:es)?(?:n['’]t| not) apply\b/i;

const PROVIDER_SECTION = new RegExp(String.raw`\b(?:sub-?processors?|${THIRD_PARTY}|providers?|${OTHER_VENDORS}|partners?)\b`, 'i');

// What a sentence after the one naming the topic uses to speak of it again, and the frameworks it might speak of instead.
const FOLLOW_UP = /\b(?:it|this|that|these|they|them|one|ours)\b|\b(?:re-?)?certifi\w*|\brenew\w*|\b(?:audit|assessment|attestation|accreditation|examination|report|agreement|BAA|compliance|support|feature|option|login|sign-?in|authentication|roles?|permissions?)\b/i;
const OTHER_FRAMEWORK = new RegExp(String.raw`\bSOC\s*[123]\b|\bISO\s*\d|${OTHER_FRAMEWORKS}`, 'i');

/** Unit text is a rule's subject; these add what the page says around it. */
// Every status field asks for the same blocks' context: computed once per block (the page owns its blocks).
const CONTEXTS = new WeakMap<Block, string[]>();
function blockContext(page: Page, b: Block): string[] {
  const known = CONTEXTS.get(b);
  if (known) return known;
  const out = contextOfBlock(page, b);
  CONTEXTS.set(b, out);
  return out;
}
function contextOfBlock(page: Page, b: Block): string[] {
  const out: string[] = [];
  const q = questionOf(page, b);
  if (q) out.push(q);
  if (b.label) out.push(b.label);
  const h = b.headings.at(-1);
  if (h) out.push(h);
  const lead = leadOf(page, b);
  if (lead) out.push(lead);
  if (b.kind === 'table-row' && b.header) out.push(b.header.join(' '));
  return out;
}

function isFirstUnit(block: Block, unit: Unit): boolean {
  return block.text.slice(0, unit.start).trim() === '';
}

/** Reads every unit of the page against the spec. */
export function readStatus<V>(page: Page, spec: StatusSpec<V>): Candidate<V>[] {
  const out: Candidate<V>[] = [];
  // Sentences in which the judge reads the vendor denying it: they outrank a bare badge of the name (below).
  let deniedInSentence = false;
  // Where the last denial that closes a held past stands ("Our PCI DSS certificate lapsed in 2024"): held readings
  // before it describe that past (docs/FIELDS.md, "When readings disagree").
  let lapsedAt = -1;
  // A unit's context is its block's question, label, heading, lead and header, and the sentence before it:
  // a block whose text and context never name the topic holds no claim, so skip it whole. (Not for a
  // topic anchored with ^, which can match at a sentence start inside a block without matching the block.)
  const anchored = spec.topic.source.includes('^');
  for (const block of page.blocks) {
    if (block.kind === 'heading' || block.kind === 'question') continue;
    const around = blockContext(page, block);
    if (spec.prefilter && !spec.prefilter.test(block.text) && !around.some((c) => spec.prefilter!.test(c))) continue;
    const aroundNames = around.some((c) => spec.topic.test(c));
    if (!anchored && !aroundNames && !spec.topic.test(block.text)) continue;
    const units = unitsOf(block);
    units.forEach((unit, i) => {
      const hit = unit.text.match(spec.topic);
      const prev = units[i - 1];
      // The sentence before names it: this one speaks of it only through a pronoun or its audit ("Renewal is underway",
      // "It is on our roadmap"), and names no other framework ("We plan to open an EU region" is about something else).
      // (For a certification-like field; a feature or a policy carries on more loosely: "Found a vulnerability? Please email …".)
      const followsUp = () => !spec.judged || (FOLLOW_UP.test(unit.text) && !OTHER_FRAMEWORK.test(unit.text));
      const inContext = aroundNames || (!hit && !!prev && spec.topic.test(prev.text) && followsUp());
      if (!hit && !inContext) return;
      // Who holds it, by the one judge: a provider's certificate or the vendor's own staff controls are not
      // the vendor's claim. Features are judged only for staff use and a provider subject.
      let judged: Judgement | null = null;
      // After a denial, or on someone else's certificate, only a rule that says the standard does not apply may give a value.
      let onlyNotApplicable = false;
      if (hit) {
        const at = hit.index!;
        const kind = spec.vendorOnly && !spec.subjectOnly ? (spec.agreement ? 'agreement' : 'certification') : 'feature';
        const j = judge({ page, block, unit, at, end: at + hit[0].length, kind });
        if (j.holder === 'third-party' || j.holder === 'customer' || (j.holder === 'internal' && !spec.vendorOnly)) return;
        // A hypothetical ("if you need HIPAA …") or a description ("aligned with PCI DSS") states no status.
        if (kind === 'certification' && (j.status === 'conditional' || j.status === 'descriptive')) return;
        // A product feature planned or denied in the clause that names it is not offered ("Support for SSO will
        // follow in 2026; audit logs are available now"), whatever another clause of the sentence says.
        if (spec.offered && (j.status === 'planned' || j.status === 'denied')) return;
        if (spec.offered && notOffered(unit.text, at, j.status)) return;
        // The judge's status, for a field that takes it, is read as for a certification.
        // "PCI DSS Level 1 policies", "HIPAA Security Rule": the name of something else states no status at all.
        if (spec.judged && namesSomethingElse(unit.text.slice(0, at), unit.text.slice(at + hit[0].length))) return;
        if (spec.judged) judged = kind === 'certification' ? j : judge({ page, block, unit, at, end: at + hit[0].length, kind: 'certification' });
        // The customer's own certificate or audit ("merchants have passed PCI DSS audits with Acme") is no reading at all.
        if (judged?.holder === 'customer') return;
        // A hypothetical or a description, by the certification judge, states no status in these fields either.
        if (judged && judged.holder === 'vendor' && (judged.status === 'conditional' || judged.status === 'descriptive')) return;
        // Someone else's, by the certification judge ("hosted in PCI DSS certified data centres"), unless the field's own
        // term misleads it (`ownTerm`: PCI's "Level 1 Service Provider" names no other company). A unit that says the
        // standard does not apply to the vendor still goes to the rules.
        if (judged?.holder === 'third-party' && !spec.judged!.ownTerm?.test(unit.text)) {
          if (!DOES_NOT_APPLY.test(unit.text)) return;
          onlyNotApplicable = true;
        }
        if (judged && judged.holder !== 'vendor') judged = null;
      } else if (!spec.vendorOnly && INTERNAL.test(unit.text)) return;
      if (judged && (judged.status === 'planned' || judged.status === 'denied')) {
        if (judged.status === 'denied' && hit && !bareMention(unit.text, hit[0])) deniedInSentence = true;
        if (judged.status === 'denied' && LAPSE.test(unit.text)) lapsedAt = Math.max(lapsedAt, pageOrder({ block: block.index, start: unit.start }));
        const v = spec.judged![judged.status];
        if (v !== null) {
          out.push(candidate(spec.field, v, evidenceAt(block, unit.start, unit.end), 0.85, `${judged.status}: ${judged.reason}`));
          return;
        }
        // A field with no value for a plan states nothing; a denial still goes to the rules ("PCI DSS does not apply").
        if (judged.status === 'planned') return;
        onlyNotApplicable = true;
        judged = null;
      }
      // Rules read the clause that names the topic, so a plan or a denial in the next clause does not leak in
      // ("MFA is available on all plans; SSO is coming soon"); with no rule decided there, the whole unit.
      const clause = hit ? clauseAround(unit.text, hit.index!, hit.index! + hit[0].length) : null;
      const partial = !!clause && (clause.start > 0 || clause.end < unit.text.length);
      // A certificate-like status whose sentence's subject is another named company ("Stripe is certified …").
      if (spec.vendorOnly && (namedOtherSubject(page, unit.text) || (partial && namedOtherSubject(page, unit.text.slice(clause!.start, clause!.end).trim())))) return;
      if (spec.vendorOnly && spec.subjectOnly && (PROVIDER_SECTION.test(block.headings.at(-1) ?? '') || (block.header ?? []).some((h) => PROVIDER_SECTION.test(h)))) return;
      // Pseudo-triggers ("no extra charge", "not only", "isn't limited to") are blanked first: they deny nothing.
      // For a certification-like field, a status word describing another noun ("our certified engineers", "audit
      // logs") is blanked too in a unit that takes its topic from the question or heading.
      const plain0 = spec.judged && !hit ? withoutAttributiveStatus(withoutPseudoTriggers(unit.text)) : withoutPseudoTriggers(unit.text);
      // Held now, and what is scheduled is its renewal audit ("Our PCI DSS attestation is current, and the 2025 audit
      // window opens in July"): the rules do not read that plan.
      const plain = judged?.status === 'held' ? withoutRenewal(plain0) : plain0;
      const clauseText = clause ? plain.slice(clause.start, clause.end) : plain;
      // A short answer opening the block, to a FAQ question on the topic, takes its meaning from the question.
      const q = questionOf(page, block);
      const answering = !!spec.answer && !!q && spec.topic.test(q) && !(spec.judged && asksAboutOwn(q, spec.topic)) && isFirstUnit(block, unit) && !FOOTER_LINE.test(unit.text);
      const answer = (end: number) => {
        const said = shortAnswer(unit.text);
        // A yes to "Is SSO on your roadmap?" or "Do your engineers use RBAC?" offers nothing to customers.
        // In a question to the vendor, "your employees" are the vendor's own.
        const offeredNot = !!spec.offered && !!q && (PLAN.test(q) || INTERNAL.test(q) || ASKED_INTERNAL.test(q));
        const value = said && q && !offeredNot ? spec.answer!(said, q) : null;
        if (value !== null) out.push(candidate(spec.field, value, evidenceAt(block, unit.start, end), 0.7, `FAQ answer "${unit.text}" to "${q}"`));
      };
      // A bare "No." / "Yes." means what the question asks ("Is Acme in scope for PCI DSS?" / "No." is not
      // applicable) before any rule reads it as a denial; its quote carries the sentence that says why.
      // "Is SSO limited to Enterprise?" / "No — it's included on every plan.": a no to a restriction offers it.
      if (!hit && answering && spec.offered && q && RESTRICTION_Q.test(q) && shortAnswer(unit.text) === 'no' && AVAILABLE_MAIN.test(unit.text)) {
        const value = spec.answer?.('yes', q) ?? null;
        if (value !== null) out.push(candidate(spec.field, value, evidenceAt(block, unit.start, unit.end), 0.7, `"${unit.text.slice(0, 40)}" to "${q}"`));
        return;
      }
      if (!hit && answering && /^\s*(?:yes|no|nope|correct)\s*[.!]?\s*$/i.test(withoutAnswerMark(unit.text))) return answer(units[i + 1]?.end ?? unit.end);
      // For a certification-like field, an answer that states a status without the name ("Audited annually by an
      // independent firm.", "Not yet — our audit is scheduled for Q3.") is read as the certification engine reads it.
      // "Do you have PCI DSS?" / "Our payment processor holds it for card data.": an answer about someone else's.
      if (!hit && answering && spec.judged && (THIRD_PARTY_ROLE.test(unit.text) || answersSomethingElse(unit.text, q, statusOfClause(plain).status === 'affirmed'))) return;
      if (!hit && answering && spec.judged && !shortAnswer(unit.text)) {
        const status = statusOfClause(plain).status;
        const v = status === 'planned' ? spec.judged.planned : status === 'negated' ? spec.judged.denied : status === 'affirmed' && statesStatus(unit.text) ? spec.judged.held : null;
        if (v !== null) {
          out.push(candidate(spec.field, v, evidenceAt(block, unit.start, unit.end), 0.7, `answer "${unit.text.slice(0, 40)}" to "${q}"`));
          return;
        }
      }
      const decided = applyRules(spec, clauseText, !!hit);
      const whole = partial ? applyRules(spec, plain, !!hit) : undefined;
      // The whole unit may refine a positive reading ("users can enable TOTP; org admins can require it"), never
      // undo it: a plan or denial elsewhere in the sentence stays in its own clause.
      const refines = !!whole && whole.value !== null && (!spec.judged || (spec.judged.positive as readonly V[]).includes(whole.value));
      const rule = decided === undefined ? whole : decided.value !== null && refines && whole!.confidence > decided.confidence ? whole : decided;
      if (rule !== undefined) {
        // After a denial only a rule that says the standard does not apply may give a value ("PCI DSS | Not applicable").
        if (onlyNotApplicable && rule && rule.value !== null && spec.judged!.positive.includes(rule.value)) return;
        if (rule && rule.value !== null) {
          const conf = hit ? rule.confidence : rule.confidence * 0.9;
          out.push(candidate(spec.field, rule.value, evidenceAt(block, unit.start, unit.end), conf, rule.reason));
        }
        return;
      }
      // The judge reads a held status the rules have no word for ("We passed our PCI DSS audit in 2025").
      // Only the vendor's own: "Thousands of merchants have passed PCI DSS audits with Acme" is theirs.
      const lead = judged ? unit.text.slice(clause!.start, hit!.index!) : '';
      // A bare badge counts under a lead-in about certifications ("Certifications we hold:"), as in the certification engine.
      const badge = block.kind === 'list-item' && !!block.lead && /\b(?:certifi|attest|accredit)/i.test(block.lead) && hit !== null && unit.text.replace(hit[0], '').replace(/[\W_]+/g, '') === '';
      if (judged?.status === 'held' && (judged.stated || badge) && (!OTHERS_SUBJECT.test(lead) || /\b(?:our|its)\s+(?:own\s+|current\s+|latest\s+|annual\s+)?$/i.test(lead))) {
        out.push(candidate(spec.field, spec.judged!.held, evidenceAt(block, unit.start, unit.end), 0.75, `held: ${judged.reason}`));
        return;
      }
      if (answering) answer(unit.end);
    });
  }
  // "PCI DSS Level 1" in a certifications list, and "We do not currently hold PCI DSS Level 1" beneath it: the vendor's
  // own denial is never outranked by a bare badge (docs/FIELDS.md, "When readings disagree").
  if (lapsedAt >= 0 && spec.judged) {
    const positive = spec.judged.positive as readonly V[];
    if (!out.some((c) => positive.includes(c.value) && pageOrder(c.evidence) > lapsedAt)) return out.filter((c) => !positive.includes(c.value));
  }
  if (deniedInSentence && spec.judged) {
    const positive = spec.judged.positive as readonly V[];
    return out.filter((c) => !(positive.includes(c.value) && bareMention(c.evidence.quote, c.evidence.quote.match(spec.topic)?.[0] ?? '')));
  }
  return out;
}

const BARE_EXTRAS = new RegExp(String.raw`\b(?:${TYPE_OR_LEVEL}|certified|compliant)\b`, 'gi');
/** A unit that is the name alone, perhaps with its level or type ("PCI DSS Level 1", "SOC 2 Type II ✓"). */
function bareMention(text: string, name: string): boolean {
  return name !== '' && text.replace(name, '').replace(BARE_EXTRAS, '').replace(/[\W_]+/g, '') === '';
}

/** The first rule whose patterns all match `text` (null-valued rules decide "nothing"); undefined when none does. */
function applyRules<V>(spec: StatusSpec<V>, text: string, hit: boolean): Rule<V> | undefined {
  for (const rule of spec.rules) {
    if (rule.local && !hit) continue;
    if (rule.all.every((re) => re.test(text))) return rule;
  }
  return undefined;
}

/** Keeps the candidates of the best-ranked value present (rank lists values best first). */
export function keepBest<V>(cands: Candidate<V>[], rank: readonly V[]): Candidate<V>[] {
  const best = rank.find((v) => cands.some((c) => c.value === v));
  return best === undefined ? cands : cands.filter((c) => c.value === best);
}

/**
 * A denial that governs the topic: a leading "No" / "Not yet", a negation shortly before the topic ("we do not
 * sign a BAA"), or "<topic> is not available" after it. A "never" elsewhere in the sentence ("PHI is never
 * shared") does not deny the topic.
 */
export function deniedNear(topic: RegExp): RegExp {
  const t = topic.source;
  const neg = String.raw`(?:\bnot\b|n['’]t\b|\bnever\b|\bcannot\b|\bno\b|\bnor\b|\bneither\b|\bwithout\b|\bunable to\b)`;
  const after = String.raw`(?:\bnot\b|n['’]t\b)\s+(?:yet\s+|currently\s+|be\s+)?(?:available|supported|offered|provided|possible|done|performed|conducted|published|compliant|certified|applicable)\b`;
  return new RegExp(
    String.raw`^\s*(?:no|not (?:yet|currently|at (?:this|the) (?:moment|time|stage)))\b|${neg}[^.;,]{0,30}?(?:${t})|(?:${t})[^.;,]{0,30}?${after}`,
    'i',
  );
}
