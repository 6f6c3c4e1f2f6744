/**
 * Where does the vendor say customer data is primarily STORED? Shared by data-region and data-countries.
 * A place (see ./storage-places.ts) counts only inside a storage statement ("data is stored in", "hosted
 * in the X region", a "Data center location" label, a hosting/database table row); hypotheticals, plans,
 * addresses and subprocessors for side services do not count, and backups rank below primary storage.
 */
import type { Block, Evidence, Page, RegionCode } from '../claims/types';
import { cellsOf, isRow, unitsOf, type Unit } from './block-units';
import { leadOf, questionOf } from './context';
import { evidenceAt, evidenceOfBlock } from './evidence';
import { findPlaces, type Place } from './places';
import { RUNS_WORK_IN, SIDE, clauseAround, clauseSpan, storagePlaces } from './storage-places';
import { DATA_WORD, FUTURE, HOSTING, HYPOTHETICAL, isSeatUnit, LISTING, LOCATION_LABEL, PRIMARY_ROLE, SEAT_UNIT, SIDE_ROLE, STORE } from './storage-words';
import { endsWithQuestion } from './sentences';

export interface StorageFinding {
  evidence: Evidence;
  countries: string[];
  regions: RegionCode[];
  confidence: number;
  reason: string;
  /** Where a backup or replica is kept, not the primary copy. */
  backup?: boolean;
}

// Is a place where the backups are? The nearest of these words before it decides:
// "stored on servers in the EU, backups in Switzerland", "in Frankfurt with a failover replica in Ireland".
const COPY_OR_PRIMARY =
  /\b(?:(backups?|back(?:ed)?[ -]?up|replica\w*|replicated|disaster[- ]recovery|failover|stand-?by|(?:secondary|second|redundant)\s+cop(?:y|ies)|mirror(?:ed)?|snapshots?|copied)|primary|data|databases?|servers?|application|workspaces?|content|files|records)\b/gi;
// A note in brackets right after the place says which copy it holds: "London (primary) and Dublin (backups)".
const NOTE_AFTER = /^\s*\(\s*([^()]{1,40})\)/;
const COPY_NOTE = /\b(?:backups?|back-?up|disaster[- ]recovery|DR|failover|fail-over|replicas?|secondary|stand-?by|cop(?:y|ies)|mirror)\b/i;
function isBackupPlace(text: string, p: Place): boolean {
  const note = NOTE_AFTER.exec(text.slice(p.end))?.[1];
  if (note && /\bprimary\b/i.test(note)) return false;
  if (note && COPY_NOTE.test(note)) return true;
  const last = [...text.slice(0, p.start).matchAll(COPY_OR_PRIMARY)].at(-1);
  return !!last?.[1];
}

interface Reading {
  confidence: number;
  reason: string;
  /** Start of the quote when it must take in the sentence before ("Compute and storage infrastructure. Germany."). */
  from?: number;
}

// "replicated across data centres worldwide": GLOBAL, weaker than any named place. Edges and "may" are not.
const GLOBAL = /\b(?:globally|worldwide|around the world|across the globe|multiple (?:countries|continents))\b/i;
const GLOBAL_NOT =
  /\b(?:globally|internationally|widely|world-?wide)[\s-]+(?:recogni[sz]ed|accepted|trusted|known|renowned|respected|used|leading|adopted|acknowledged)\b|\b(?:cdn|edge|pops?|cach\w*|may|might|could|if|not|never|no|offices?)\b|\b(?:customers?|users?|clients?|teams?)\s+(?:\w+\s+)?(?:worldwide|around the world|globally)\b/i;

// "Our email partner runs servers in the US and the EU to keep deliverability high around the world": when
// the sentence is about a side service, or names places that are all set aside (a partner's, people's),
// "around the world" is about them too.
function isGlobalStorage(text: string): boolean {
  return GLOBAL.test(text) && STORE.test(text) && !GLOBAL_NOT.test(text) && !SIDE.test(text) && findPlaces(text).length === 0;
}

// What is left of a unit once its places are taken out: "In the United States." is a bare place.
function isBare(text: string, places: Place[]): boolean {
  let rest = text;
  for (const p of [...places].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length <= 3;
}

/** The places outside clauses that are only planned or offered on request, and the text with those clauses blanked. */
function withoutPlannedClauses(text: string, places: Place[]): { places: Place[]; text: string } {
  const planned = places.filter((p) => {
    const clause = clauseAround(text, p);
    return HYPOTHETICAL.test(clause.trim()) || FUTURE.test(clause);
  });
  if (planned.length === 0 || planned.length === places.length) return { places, text };
  let blanked = text;
  for (const p of planned) {
    const [a, z] = clauseSpan(text, p);
    blanked = blanked.slice(0, a) + ' '.repeat(z - a) + blanked.slice(z);
  }
  return { places: places.filter((p) => !planned.includes(p)), text: blanked };
}

const NOT_STORED =
  /\b(?:no|none\s+of\s+(?:the|your|its)|nothing)\s+(?:[\w-]+\s+){0,3}?(?:(?:is|are|gets?|ever)\s+)*(?:stored|kept|persisted|retained|saved|copied|written|held|hosted)\b(?!\s+(?:anywhere\s+)?(?:outside|except|other\s+than|beyond|but))|\b(?:is|are|was|were|gets?)\s+(?:not|never)\s+(?:stored|kept|persisted|retained|saved|copied|written|held|hosted)\b(?!\s+(?:anywhere\s+)?(?:outside|except|other\s+than|beyond|but))|\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|(?:they|it|we)['’](?:re|s)\s+(?:not|never))\s+(?:stored|kept|persisted|retained|saved|copied|written|held|hosted)\b(?!\s+(?:anywhere\s+)?(?:outside|except|other\s+than|beyond|but))/gi;
// A lead that lists where data is not kept, or where it may be sent: "Provider shall not host Customer Data in:", "will not
// transfer Customer Data to:".
const EXCLUDING_LEAD = /\b(?:not|never|no|n['’]t|transfers?|transferred|excluded|excluding|except|outside)\b/i;
// A region card whose body says it is not offered: "🇺🇸 US" / "Not available" / "We don't host in the US", "EU West" /
// "Coming in 2026 — join the waitlist".
const NOT_OFFERED = /^\W*(?:not\s+(?:available|offered|supported)|unavailable|n\/a)\b|\b(?:do\s+not|don['’]t|does\s+not|doesn['’]t|never)\s+(?:currently\s+)?(?:host|store|offer|keep)\b/i;
function cardSaysNot(page: Page, heading: Block): boolean {
  if (heading.kind !== 'heading') return false;
  for (let i = heading.index + 1; i < Math.min(page.blocks.length, heading.index + 6); i++) {
    const next = page.blocks[i]!;
    if (next.headings.at(-1) !== heading.text) break;
    if (FUTURE.test(next.text) || NOT_OFFERED.test(next.text)) return true;
  }
  return false;
}

function classify(page: Page, unit: Unit, prev: Unit | null, places: Place[], t = unit.text): Reading | null {
  const b = unit.block;
  if (endsWithQuestion(t) || b.kind === 'question' || HYPOTHETICAL.test(t) || FUTURE.test(t) || isSeatUnit(t)) return null;
  // An entry of a subprocessor list counts only for hosting or storage, as a table row does.
  const lead = leadOf(page, b);
  if ([b.headings.at(-1), lead].some((s) => s && LISTING.test(s))) {
    const role = b.text.length < 300 ? b.text : t;
    if (SIDE_ROLE.test(role) || SIDE.test(role) || !PRIMARY_ROLE.test(role)) return null;
    return { confidence: 0.85, reason: 'a hosting/storage entry of the provider list', ...(role === b.text ? { from: 0 } : {}) };
  }
  // "…; no data is stored in India", "they are not stored there": a storage word only in a denial stores nothing.
  const affirmedStore = STORE.test(t) && STORE.test(t.replace(NOT_STORED, ' '));
  if (affirmedStore && DATA_WORD.test(t)) return { confidence: 0.9, reason: 'says where data is stored or hosted' };
  // Work done in a region with no word of keeping anything: "…, which runs classification in AWS us-east-1 to cut latency".
  if (!affirmedStore && RUNS_WORK_IN.test(t)) return null;
  // A cloud region code ("us-west-2") is itself infrastructure talk: "pin their workspace to us-west-2".
  if (places.some((p) => p.kind === 'code')) return { confidence: 0.75, reason: 'names a cloud region' };
  // Servers, instances or processing without "stored"/"hosted": below any storage statement on the page.
  if (HOSTING.test(t) && DATA_WORD.test(t)) return { confidence: 0.7, reason: 'names the servers or region it runs in' };
  if (t.split(/\s+/).length > 12) return null;
  const ctx = [b.label, questionOf(page, b), lead, b.headings.at(-1)].filter((x): x is string => !!x).join(' | ');
  // A short line under "Where your data is stored" answers it; a sentence inside a longer paragraph answers it only
  // when it is little more than the place, and the paragraph plans nothing ("We're often asked about Canada. A
  // Canadian option is on our roadmap.").
  const inParagraph = t.length < b.text.length - 1;
  const paragraphPlans = inParagraph && (FUTURE.test(b.text) || HYPOTHETICAL.test(b.text));
  if (LOCATION_LABEL.test(ctx) && !SIDE.test(ctx) && !SIDE.test(t) && !EXCLUDING_LEAD.test(lead ?? '') && (!inParagraph || isBare(t, places)) && !paragraphPlans && !cardSaysNot(page, b)) return { confidence: 0.85, reason: `answers "${ctx.slice(0, 80)}"` };
  if (b.kind === 'list-item' && lead && isBare(t, places) && STORE.test(lead) && DATA_WORD.test(lead) && !HYPOTHETICAL.test(lead) && !FUTURE.test(lead) && !SIDE.test(lead) && !EXCLUDING_LEAD.test(lead)) return { confidence: 0.85, reason: `listed under "${lead.slice(0, 60)}"` };
  // A bare place after a label line or sentence: "Data center location(s)" / "United States".
  if (prev && isBare(t, places) && prev.text.length < 120 && LOCATION_LABEL.test(prev.text) && !SIDE.test(prev.text) && !paragraphPlans) {
    return { confidence: 0.85, reason: `follows "${prev.text.slice(0, 60)}"`, ...(prev.block === b ? { from: prev.start } : {}) };
  }
  return null;
}

// A region table may carry notes beside its places ("Region | Location | Availability"): then its heading or
// the paragraph that opens it must say the table is about where data is kept, and no note may be a side
// service, a plan or a request ("Frankfurt | Default for EUR billing" counts; "Tokyo | Coming in 2027" does not).
const REGION_COLUMN = /\b(?:regions?|locations?|residency|data\s*cent(?:er|re)s?|datacent(?:er|re)s?)\b/i;
// "You pick a region when you create a workspace … stay in that region": the table lists where data can live.
const REGION_CHOICE = /\b(?:pick|choose|select|set)\s+(?:a|your|the|which)\s+(?:data\s+|hosting\s+|storage\s+)?(?:region|location)\b|\b(?:stays?|remains?|lives?)\s+in\s+(?:that|the|your)\s+(?:selected\s+|chosen\s+|workspace['’]s\s+)?region\b/i;
function aboutStorage(text: string): boolean {
  return ((STORE.test(text) && DATA_WORD.test(text)) || /\bresidency\b/i.test(text) || (REGION_CHOICE.test(text) && /\b(?:stays?|remains?|lives?|stored|kept|hosted)\b/i.test(text))) && !SIDE.test(text.replace(REGION_CHOICE, ' ')) && !LISTING.test(text) && !SEAT_UNIT.test(text);
}
/** The paragraph right before a table's first row, if any. */
function introOf(page: Page, index: number): string | null {
  let i = index - 1;
  while (i >= 0 && page.blocks[i]!.kind === 'table-row') i--;
  const b = page.blocks[i];
  return b && b.kind === 'paragraph' ? b.text : null;
}
// A note that says the region is not (or no longer, or not yet) where data is kept: "Retired in 2024", "Not
// available", "Waitlist", "Q3 2027", "Under evaluation", "X"; or that the row is for something else ("Log processing").
const NOT_HELD_NOTE =
  /\b(?:not|no|none|planned|roadmap|coming|exploring|retired|deprecated|sunset(?:ting)?|discontinued|closed|waitlist|wait list|under (?:evaluation|review|consideration)|evaluating|beta|preview|pilot|pending|requested|Q[1-4]|H[12]|20[3-9]\d|202[7-9]|processing|logs?|analytics|support|e-?mail|monitoring|CDN|cache|edge)\b|^\W*(?:x|✗|✘|❌|—|–|-|n\/a)\W*$/i;
function notedRegionTable(page: Page, unit: Unit, role: string, header: string): boolean {
  const b = unit.block;
  if (!REGION_COLUMN.test(header) || HYPOTHETICAL.test(role) || FUTURE.test(role) || NOT_HELD_NOTE.test(role)) return false;
  const heading = b.headings.at(-1) ?? '';
  const intro = introOf(page, b.index);
  if (LISTING.test(heading) || SIDE.test(heading)) return false;
  return aboutStorage(heading) || (intro !== null && aboutStorage(intro));
}

// What a column of a table with a header holds, by its header cell: the customer's own place ("Schools in",
// "Customer location"), a backup or recovery copy ("Disaster-recovery copy"), the side thing the row is about
// ("Runner pool", "Media relay", "CDN edge"), or anything else.
type Column = 'segment' | 'copy' | 'side' | 'any';
const SEGMENT_COLUMN =
  /^(?:for\s+)?(?:(?:schools?|customers?|clients?|users?|organi[sz]ations?|companies|businesses|tenants?|accounts?|employers?|members?|merchants?|practices?|clinics?|teams?|firms?)\s+(?:in|from|located|based|headquartered|outside)\b|(?:customer|billing|client|user|school|organi[sz]ation|account|company|tenant|partner|member|merchant|institution|district|player|patient)(?:['’]s)?\s+(?:country|location|home|base|jurisdiction|seat|region)\b|(?:if\s+)?(?:you|your\s+[\w-]+)\s+(?:are|is|['’]re)\s+(?:in|based|located)\b|where\s+you(?:['’]re|\s+are)\b)/i;
// "Venues located in | Production region | Location": whoever is located there, not where data is.
const LOCATED_IN_COLUMN = /^(?!(?:servers|backups|replicas|regions|copies|instances|databases|files|records|nodes|clusters|centres|centers|datacent(?:er|re)s|facilities)\b)[a-z]+s\s+(?:located|based|headquartered|operating)\s+(?:in|outside)\b/i;
// "Who it's for | Used by | Best for": whom the row serves ("US carriers, MGAs, TPAs"), not a side service.
const AUDIENCE_COLUMN = /^(?:who\s+(?:it|this)(?:['’]s|\s+is)\s+for|(?:typical\s+|intended\s+|target\s+)?(?:customers|clients|audience|users)|used\s+by|(?:best|suitable|intended|recommended|designed)\s+for|serves|for)\s*[?:]?$/i;
const COPY_COLUMN = /\b(?:backups?|back-?up|disaster[- ]recovery|DR|failover|fail-over|replicas?|secondary|stand-?by|cop(?:y|ies)|mirrors?)\b/i;
function columnOf(header: string): Column {
  if (STORE.test(header.replace(/\b(?:located|location)\b/gi, ' ')) && !/\b(?:backups?|back-?up)\b/i.test(header)) return 'any';
  if (SEGMENT_COLUMN.test(header.trim()) || LOCATED_IN_COLUMN.test(header.trim()) || AUDIENCE_COLUMN.test(header.trim())) return 'segment';
  if (COPY_COLUMN.test(header) && !/\bprimary\b/i.test(header)) return 'copy';
  if (SIDE.test(header) && !LISTING.test(header)) return 'side';
  return 'any';
}

function rowFinding(page: Page, unit: Unit): { places: Place[]; copies: Place[]; confidence: number; reason: string } | null {
  const b = unit.block;
  const cells = cellsOf(b);
  const columns: Column[] = b.header && b.header.length === cells.length ? b.header.map(columnOf) : cells.map(() => 'any');
  // "Runner pool | Region": the row is about the side thing its first column names.
  if (columns[0] === 'side') return null;
  const located = cells.map((c, i) => (columns[i] === 'segment' || columns[i] === 'side' ? [] : storagePlaces(c)));
  const role = cells.filter((_, i) => located[i]!.length === 0 && columns[i] === 'any').join(' ');
  // A cell may name both copies: "UK (primary); Ireland (backups)", "Netherlands; backups Germany".
  const copies = located.flatMap((ps, i) => (columns[i] === 'copy' ? ps : ps.filter((p) => isBackupPlace(cells[i]!, p))));
  const held = located.flatMap((ps, i) => (columns[i] === 'copy' ? [] : ps.filter((p) => !isBackupPlace(cells[i]!, p))));
  const header = (b.header ?? []).join(' ');
  const where = b.headings.join(' ');
  // A side service names the table's own section ("Email delivery"); the page's title may name what the vendor
  // sells ("Your production telemetry, protected") and says nothing of the table. A list of subprocessors anywhere above does.
  const section = b.headings.at(-1) ?? '';
  const regionTable =
    (role.trim() === '' ? /\b(?:regions?|residency|locations?)\b/i.test(`${header} ${where}`) : notedRegionTable(page, unit, role, header)) && !SIDE.test(section) && !SIDE_ROLE.test(section) && !LISTING.test(where);
  if (SIDE_ROLE.test(role) || SIDE.test(role) || (!PRIMARY_ROLE.test(`${role} ${header}`) && !regionTable)) return null;
  // "OpenAI | Summaries | United States | Retention: None": a row whose storage or retention cell says nothing is kept.
  if (cells.some((c, i) => located[i]!.length === 0 && ((KEEPS_NOTHING_CELL.test(c.trim()) && KEPT_COLUMN.test(b.header?.[i] ?? '')) || ZERO_RETENTION.test(c)))) return null;
  // "Canada (Montréal) | Coming soon": a row whose status cell says the region is not open yet stores nothing there.
  if (cells.some((c, i) => located[i]!.length === 0 && c.length <= 60 && (NOT_OPEN.test(c) || FUTURE.test(c)))) return null;
  if (regionTable && /\b(?:secondary|failover|disaster|backups?)\b/i.test(where)) return { places: located.flat(), copies: [], confidence: 0.6, reason: 'a secondary/failover region table' };
  if (/^\W*(?:(?:encrypted|off-?site|daily|nightly|hourly|weekly|incremental|full|automated|automatic|immutable|remote|redundant|geo-redundant|cold|database|db)\s+){0,3}(?:backups?|disaster recovery|DR|failover|replicas?)\b|\b(?:warm|hot|cold)?\s*standby\b|\breplicas?\b|\bcop(?:y|ies)\b/i.test(role)) {
    return { places: located.flat(), copies: [], confidence: 0.6, reason: `a backup row ("${role.slice(0, 60)}")` };
  }
  return { places: held, copies, confidence: 0.9, reason: `a hosting/storage table row ("${role.slice(0, 60)}")` };
}

// A cell saying nothing is kept, under a column about what is kept ("Retention", "Stores customer data?", "Data at rest").
const KEEPS_NOTHING_CELL = /^(?:(?:none|no|nothing|n\/a|0 days|zero|not stored|not retained|never stored)\b|[—–-]\s*$)/i;
// (…or asks whether the row holds the customer's data: "Customer materials?", "Processes customer data".)
const KEPT_COLUMN = /\b(?:retention|retained|retains|stores?|stored|storage|persist\w*|kept|keeps?|at rest)\b|\b(?:customer|client|personal|your)\s+(?:data|materials?|content|information|files)\s*\?\s*$|\b(?:access(?:es)?\s+to|process(?:es)?|handles?|receives?)\s+(?:customer|client|personal)\s+(?:data|materials?|content)\b/i;
const ZERO_RETENTION = /\bzero[- ]data[- ]retention\b|\b(?:no|zero)\s+(?:customer\s+)?data\s+(?:is\s+)?(?:stored|retained|persisted|kept)\b/i;

// A status that says a region is not open: a pill above a region's card, or a row's status cell.
const NOT_OPEN = /\b(?:coming soon|wait\s?-?list|planned|beta|preview|retired|deprecated|sunset\w*|not (?:yet )?(?:available|live|open)|in development|removed|no longer (?:used|in use)|offboarded|discontinued)\b/i;

// A sentence that points back to the place just named: "It is coming …", "This region opens in 2026", "The region launches …".
const PLANS_IT = /^\W*(?:it|this(?:\s+region)?|the\s+(?:new\s+)?region|that\s+region)\s+(?:is|will|opens?|launch\w*|goes|should)\b/i;
function notOpenSection(page: Page, heading: Page['blocks'][number]): boolean {
  const prevBlock = page.blocks[heading.index - 1];
  const next = page.blocks[heading.index + 1];
  const pill = prevBlock && prevBlock.kind !== 'heading' && prevBlock.text.length <= 40 && (FUTURE.test(prevBlock.text) || NOT_OPEN.test(prevBlock.text));
  const section = next && next.kind !== 'heading' && next.headings.at(-1) === heading.text && FUTURE.test(next.text);
  return !!pill || !!section;
}

const uniq = <T>(xs: (T | null)[]): T[] => [...new Set(xs.filter((x): x is T => x !== null))];

// data-region and data-countries read the same findings: compute them once per page.
const CACHE = new WeakMap<Page, StorageFinding[]>();

/**
 * Where the primary copy is stored: every storage finding, less backup and replica copies when the page
 * says where the primary data is ("Our servers are in Germany. Backups: Finland." gives Germany).
 */
export function primaryFindings(page: Page): StorageFinding[] {
  const all = storageFindings(page);
  return all.some((f) => !f.backup) ? all.filter((f) => !f.backup) : all;
}

/** Every storage statement on the page with the countries and regions it names. */
export function storageFindings(page: Page): StorageFinding[] {
  const cached = CACHE.get(page);
  if (cached) return cached;
  const out: StorageFinding[] = [];
  CACHE.set(page, out);
  let prev: Unit | null = null;
  for (const block of page.blocks) {
    const units = unitsOf(block);
    const row = isRow(block);
    // A region named as a section's title ("Australia — australia-southeast1") that its section, or the status pill
    // above it, says is not open yet ("○ Coming soon", "Join the waitlist; launch targeted for early 2026").
    if (block.kind === 'heading' && notOpenSection(page, block)) {
      prev = units.at(-1) ?? prev;
      continue;
    }
    for (const [ui, unit] of units.entries()) {
      // "Announced our Canada region (ca-central-1). It is coming in late summer 2025": the next sentence plans it.
      const after = units[ui + 1];
      if (after && PLANS_IT.test(after.text) && FUTURE.test(after.text)) {
        prev = unit;
        continue;
      }
      let places: Place[] = [];
      let copies: Place[] = [];
      let how: Reading | null = null;
      if (row) {
        const found = rowFinding(page, unit);
        if (found) {
          places = found.places;
          copies = found.copies;
          how = { confidence: found.confidence, reason: found.reason };
        }
      } else {
        places = storagePlaces(unit.text);
        // "Data is stored in the EU by default; US hosting is available on request": a plan or an offer on request in
        // one clause leaves the places of the others standing. The classifier reads the sentence without those clauses.
        const scoped = withoutPlannedClauses(unit.text, places);
        places = scoped.places;
        how = places.length > 0 ? classify(page, unit, prev, places, scoped.text) : null;
      }
      prev = unit;
      if (places.length === 0 && !row && isGlobalStorage(unit.text)) {
        const evidence = evidenceAt(block, unit.start, unit.end);
        out.push({ evidence, countries: [], regions: ['GLOBAL'], confidence: 0.7, reason: 'data said to be stored worldwide' });
      }
      if (!how || places.length + copies.length === 0) continue;
      const evidence = row ? evidenceOfBlock(block) : evidenceAt(block, how.from ?? unit.start, unit.end);
      const push = (ps: Place[], confidence: number, reason: string, backup = false) =>
        out.push({ evidence, countries: uniq(ps.map((p) => p.country)), regions: uniq(ps.map((p) => p.region)), confidence, reason, backup });
      // A row's "Disaster-recovery copy" column: where the copy is kept, below the row's primary place.
      if (copies.length > 0) push(copies, Math.min(0.6, how.confidence), 'where backups or replicas are kept (the table\'s copy column)', true);
      if (places.length === 0) continue;
      // "stored in the EU, backups are stored in Switzerland": the backup copy ranks below the primary.
      const backups = row ? [] : places.filter((p) => isBackupPlace(unit.text, p));
      const copy = Math.min(0.6, how.confidence);
      if (backups.length === places.length) push(places, copy, 'where backups or replicas are kept', true);
      else if (backups.length > 0) {
        push(places.filter((p) => !backups.includes(p)), how.confidence, how.reason);
        push(backups, copy, 'where backups or replicas are kept', true);
      } else push(places, how.confidence, how.reason);
    }
  }
  return out;
}
