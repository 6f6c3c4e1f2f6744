/**
 * Which places named in a sentence can be a storage location at all. A place is dropped when it names a
 * law ("U.K. Data Protection Act"), the operator's seat ("based in Belgium"), a customer segment ("UK
 * customers"), people or offices, an onward transfer, a side service in its clause (CDN, probes), or
 * sits in a company name; "not ... outside the EU" keeps the EU.
 */
import { LEGAL_FORM } from './names';
import { findPlaces, type Place } from './places';

// Not primary storage: edges, probes, side services, people and offices. An API the service calls out to
// ("jobs call a mapping API hosted in the EU") is someone else's service, as an e-mail provider is.
export const SIDE =
  /\b(?:cdn|content delivery|edge|pops?|points? of presence|probes?|stateless|ephemeral|(?:job |build |code )?execution(?!\s+(?:history|logs?|data|records|results))(?: environments?)?|(?:message |SMS |call )?recipients?|SMS|text messag\w*|(?:appointment |e-?mail |payment )?reminders?|receipts?|subscription\s+billing|billing\s+(?:is\s+|are\s+)?(?:handled|processed|runs?|provider|partner|platform|system)|media\s+servers?|(?:mixed|mixing|transcoded|transcoding)\s+(?:by|on|in)|supporting\s+(?:tools?|services?|systems?)|delivered\s+(?:through|via|by)|carriers?|(?:cach(?:e|ed|ing)|served|delivered)\s+(?:at|on|from|via|through|by|in)\s+(?:the\s+)?(?:edge|cdn|pops?|\d+)|edge cach\w*|cach(?:e|es|ing) (?:servers?|nodes?|layers?|locations?)|dns|ddos|sub-?processors?|inference|llms?|language models?|newsletters?|marketing|analytics|advertising|(?<!\b(?:customer|user|account|personal|your|all)\s+and\s+)payment (?:card|details|information|data)|card (?:details|data|numbers)|payments? (?:are |is )?(?:processed|handled)|(?:processed|handled) by (?!us\b|our\b|we\b)|help[ -]?desks?|crms?|e-?sign(?:atures?|ing)?|customer relationship management|live chat|chat (?:widget|tool|provider)s?|support (?:tickets?|conversations?|portal|tool(?:ing|s)?|platform|desk|requests?|e-?mails?|chats?|inbox(?:es)?|mailbox(?:es)?)|for\s+(?:our\s+)?(?:customer\s+)?support\b|on-?call\s+(?:tool(?:ing|s)?|paging|alert(?:ing|s)?|rotas?|schedul\w*)|paging|observability|(?<!\bin\s)transit(?:s|ed|ing)?\s+(?:through|via|across|the|our|a|an)\b|(?:visitor|website|web|usage)\s+(?:stats|statistics|counts)|ticketing|status pages?|community (?:forums?|sites?)|forums?|(?:marketing|public) websites?|website analytics|control plane|(?:transactional )?e-?mail (?:provider|delivery|service)s?|(?:call(?:s|ing)?|quer(?:y|ies|ying)|invok(?:e|es|ing))\s+(?:an?|external|third[- ]party)\s+(?:[\w-]+\s+){0,4}?APIs?|(?:external|third[- ]party|partner)\s+(?:[\w-]+\s+){0,2}?APIs?|payments?\s+(?:partners?|providers?|processors?|gateways?)|(?:card|direct debit|payment)s?\s+processing|process(?:es|ing)?\s+(?:card\s+)?payments|acquir(?:er|ers|ing)\b|error[- ](?:tracking|monitoring|reporting)|crash[- ](?:reports?|reporting)|sends?\s+(?:[\w-]+\s+){0,4}?e-?mails?|(?:notification|transactional)\s+(?:e-?)?mails?|(?:media |TURN |network |traffic )?relay(?:s|ed|ing)?(?:\s+(?:servers?|nodes?))?|routed\s+(?:through|via)|runners?(?:\s+pools?)?|scan(?:ning)?\s+(?:engines?|nodes?|locations?|workers?)|scanners?\s+(?:in|at|located|run(?:ning)?)\b|crawlers?|(?:AI|ML|LLM|language|embedding)\s+models?|models?\s+hosted\s+(?:for\s+us\b|(?:for\s+us\s+)?by)|other\s+(?:products|services|brands|businesses|companies|apps|platforms|offerings))\b/i;
// People and offices are not where data is stored: "our engineers in India", "our London office".
// "Our engineering organisation is distributed across the US and Portugal": a workforce, not a data centre.
const PEOPLE =
  /\b(?:support (?:team|staff|agents?|specialists?|operations|hubs?)|(?:support|contact|call|service|customer (?:care|service|success)) cent(?:re|er)s?|offices?|headquarters|HQ|staff|(?:data protection |information )?commission(?:er)?(?:['’]s)?|supervisory authorit(?:y|ies)|regulators?|employees|engineers|engineering (?:organi[sz]ations?|teams?|staff|departments?|functions?|hubs?)|developers|workforce|colleagues|people (?:are|work)|personnel|team members?|contractors|subsidiar(?:y|ies)|affiliates?|DPO|data protection officer|representatives?)\b/i;
// People's data is data: "All pupil, staff and parent data is stored in London", "employee records are kept in …".
const PEOPLES_DATA = /\b(?:staff|employees?|engineers?|personnel|contractors?|team members?)(?:(?:\s*,\s*|\s+(?:and|or|&)\s+|\s+)[\w-]+){0,2}\s+(?:data|records|information|files|details|accounts|PII)\b/gi;
// "hosted by our in-house team in Frankfurt": the team hosts; the place is where.
const BY_OUR_TEAM = /\b(?:hosted|run|operated|managed|stored|kept)\s+by\s+(?:our|the|an?)\s+(?:[\w-]+\s+)?team\s+(?:in|at)\s+(?:the\s+)?$/i;
// People at a place, right before it: "a listener in Jakarta", "our reviewers in Mexico City", "the operations team in
// Bengaluru, India" (not "Team workspaces in the EU", not "listener data in Frankfurt").
const PEOPLE_AT =
  /\b(?:listeners?|viewers?|visitors?|readers?|reviewers?|moderators?|annotators?|label+ers?|analysts?|agents?|(?:[\w-]+\s+)?teams?|on-?call\s+(?:engineers?|staff)|specialists?|technicians?)\s+(?:(?:who\s+(?:are|is)\s+|that\s+(?:are|is)\s+)?(?:located|based|sitting|working|work|sit)\s+)?(?:in|from|at)\s+(?:the\s+)?$/i;
// People named by where they are: "US-based contributors", "UK based support staff", "India-based engineers".
// People named by the place they work: "Melbourne analysts work on UK-hosted data", "Manila support agents".
const PEOPLE_NAMED_AFTER = /^\s+(?:(?:support|operations|security|on-?call|customer|service|data|SOC|NOC)\s+)?(?:analysts?|agents?|reviewers?|moderators?|annotators?|engineers?|developers?|specialists?|technicians?|contractors?|staff|personnel|employees|operators)\b/i;
const PEOPLE_BASED_AFTER = /^[- ]based\s+(?:[\w-]+\s+){0,2}?(?:contributors?|staff|employees?|engineers?|agents?|people|personnel|teams?|workforce|contractors?|reviewers?|annotators?|moderators?|proctors?|developers?|analysts?)\b/i;
// A place inside a company name: "Acme Europe B.V.", "Example UK Ltd".
const COMPANY_AFTER = new RegExp(String.raw`^,?\s*(?:[A-Z][\w&]*\s+){0,2}${LEGAL_FORM}`);
// Mention-level: "U.K. Data Protection Act", "Swiss law", "EU-US Privacy Shield", "under Swiss law".
const LAW_WORD =
  /^(?:data protection|privacy (?:act|shield|law|framework)|acts?\b|laws?\b|directives?\b|regulations?\b|legislation|GDPR|FADP|DSG|CCPA|PIPEDA|APPs?\b|code of conduct|standard contractual|adequacy|addend(?:um|a)\b|extension\b|(?:data\s+)?bridge\b|IDTA\b|international data transfer|transfer (?:agreement|mechanism|risk)|authorit(?:y|ies)|courts?\b|government|commission|framework)/i;
// The town after a company's legal name is its seat: "IONOS SE, Montabaur — data centre operation", "Mailjet SAS (Sinch),
// Paris — transactional e-mails".
const COMPANY_SEAT_BEFORE = new RegExp(String.raw`${LEGAL_FORM}\s*(?:\([^)]{1,40}\))?\s*,\s*$`);
// A postal address: a postcode before the town ("Store Kongensgade 68, 1264 Copenhagen, Denmark").
// (Only in a party's address: a legal form, a registration or an office nearby; never a year, "Effective 1 July 2025 Germany".)
const SEAT_WORDS = /\b(?:GmbH|AG|SE|SAS|Ltd|Limited|Inc|LLC|B\.V\.|ApS|AB|Oy|plc|registered|office|headquarter\w*|CVR|VAT|company\s+(?:no|number|registration)|between)\b/;
const POSTCODE_BEFORE = /(?:^|[\s,])(?!(?:19|20)\d\d\s)\d{4,6}\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s*,\s*)?$/u;
// Where it used to be: "Wexford Classic, by contrast, was hosted in the United Kingdom", "workspaces that were hosted in
// Sydney have been migrated", "previously stored in Dublin".
const STILL_AFTER = /^[^.;]{0,40}?\b(?:and\s+)?(?:it|they|data)\s+still\s+(?:is|are|does)\b|^[^.;]{0,30}?\b(?:to\s+this\s+day|today)\b/i;
const FORMER_BEFORE = /\b(?:(?:was|were|had\s+been|used\s+to\s+be)\s+(?:[\w-]+\s+){0,2}?|(?:previously|formerly|originally)\s+(?:[\w-]+\s+){0,2}?)(?:hosted|stored|located|kept|housed|run)\s+(?:[\w-]+\s+){0,3}?(?:in|at|on)\s+(?:the\s+)?(?:[\w-]+\s+)?$|\bused\s+to\s+(?:live|sit|reside|be)\s+(?:[\w-]+\s+){0,2}?(?:in|at|on)\s+(?:the\s+)?$|\b(?:until|before)\s+(?:(?:early|mid|late)\s+)?(?:19|20)\d\d,?\s+(?:we\s+)?(?:hosted|stored|kept|ran)\s+(?:[\w-]+\s+){0,4}?(?:in|at|on)\s+(?:the\s+)?$|\b(?:moved|migrated|transferred|relocated)\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?$/i;
const LAW_BEFORE = /\b(?:under|per|pursuant to|according to|governed by|laws? of|(?:in )?(?:compliance|compliant|accordance) with(?: the)?)\s+(?:the\s+)?$/i;
const SEAT_BEFORE = /\b(?:based|headquartered|incorporated|registered|domiciled|offices?)\s+(?:in|at)\s+(?:[^\s.;]+\s+){0,3}?\(?$/i;
const OUTSIDE_BEFORE = /\b(?:outside|beyond|leaves?|leaving|exits?)\s+(?:of\s+)?(?:the\s+)?$/i;
// "processed in the United States and stored in Canada": where data is only processed is not where it is
// stored, when the sentence says where it is stored. ("stored and processed in Germany" keeps Germany.)
const PROCESS_ONLY_BEFORE = /\b(?:processed|processes|handled|accessed|computed|analy[sz](?:ed|es)|routed)\s+(?:[\w-]+\s+){0,3}?(?:in|from|through|via|on)\s+(?:the\s+)?$/i;
// (Only a place with no verb before it in its clause: "All records are hosted in London and a standby is kept in …".)
const NO_VERB_YET = /^(?![^]*\b(?:is|are|was|were|be|been|stored|hosted|kept|leaves?|stays?|remains?|lives?|located|runs?|uses?)\b)/i;
const SUBJECT_HOSTED = /^(?:[^.;:]{0,80}?)\b(?:are|is)\s+(?:all\s+)?(?:hosted|stored|kept|served|located|provisioned)\s+(?:in|at|on|from)\b/i;
const STORAGE_VERB = /\b(?:stor(?:ed|es|age)|host(?:ed|s)|resides?|kept|persist(?:ed|s)|saved|lives?|housed)\b/i;
// "stored in the US by our helpdesk provider": a provider's storage for its own service.
const BY_PROVIDER_AFTER = /^\s*(?:\([^)]*\)\s*)?,?\s*by\s+(?:our|a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:providers?|sub-?processors?|vendors?|partners?|processors?)\b/i;
const TRANSFER_BEFORE = /\b(?:transfer(?:s|red)?|passed on|shared|disclosed|sent|exported|accessed)\b/i;
const NOTHING_KEPT_AFTER = /^\s*\(?\s*(?:processing|transit|access|remote\s+access)\s+only\b|\b(?:no|none of (?:the|your))\s+(?:customer\s+|personal\s+|your\s+)?(?:data|content|information)\s+(?:is\s+|ever\s+)?(?:persists?|stored|kept|retained|remains?|saved|written)\b|\bnothing\s+(?:is\s+)?(?:persists?|stored|kept|retained|saved|written)\b/i;
// (Present or future only: "was migrated from AWS to Azure in 2023" leaves the place where it is.)
const MIGRATED_AFTER = /^[^()]*?\b(?:to\s+be|being|will\s+be)\s+(?:migrated|moved|transferred)\b/i;
// The place a move still to come goes to: "… is being migrated to Frankfurt by Q3 2026".
const MIGRATING_TO_BEFORE = /\b(?:to\s+be|being|will\s+be)\s+(?:migrated|moved|transferred)\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+(?:the\s+)?$/i;
// The place's own phrase says it is gone ("the legacy us-east-1 cluster … has been decommissioned"; "we decommissioned our US
// data centre"), not a clause of time beside it ("stored in Germany after we decommissioned …").
const DECOMMISSIONED_AFTER = /^(?:(?!\b(?:after|since|when|once|because)\b)[^.;])*?\b(?:(?:has|have|was|were|been)\s+(?:been\s+)?)?(?:decommissioned|shut\s+down|wound\s+down|destroyed|torn\s+down|switched\s+off|turned\s+off|migrated\s+(?:away|out|off)|(?:has|have)\s+been\s+(?:retired|closed|sunset))\b/i;
const DECOMMISSIONED_BEFORE = /\b(?:decommissioned|shut\s+down|retired|closed)\s+(?:our|the|its|a)\s+(?:[\w-]+\s+){0,2}$/i;
const NEGATION = /\b(?:not|never|no|none|nor|nothing|don['’]t|doesn['’]t|won['’]t|can['’]t|cannot|isn['’]t|aren['’]t)\b/i;
const SEGMENT_AFTER =
  /^\s*(?:-?based\s+)?(?:compan(?:y|ies)|startups?|retailers?|restaurants?|venues?|shops?|hotels?|brands?|sellers?|operators?|pharmacies|customers?|users?|clients?|organi[sz]ations?|businesses|teams?|accounts?|residents?|tenants?|workspaces?|subscribers?|citizens?|entities|individuals|offices?|headquarters|HQ|staff|employees|engineers|clinics?|practices?|schools?|hospitals?|merchants?|agencies|charities|firms?|organisers?|organizers?|members?|partners?|institutions?|universities|districts?|insurers?|carriers?|brokers?|banks?|lenders?|credit\s+unions?|governments?|councils?|municipalities|players?|gamers?|creators?|studios?|publishers?|advertisers?|airlines?|travell?ers?|guests?|shippers?|drivers?|patients?|physicians?|doctors?|dentists?|lawyers?|law\s+firms?|accountants?|landlords?|parents?|students?|teachers?|families|households?)\b/i;
// "Customers located in New Zealand are provisioned in Sydney": the customer's place, as "New Zealand customers" is.
// A bare "customers in" is not one: "US customers in Ohio" says where they are hosted.
const SEGMENT_BEFORE =
  /\b(?:customers?|clients?|users|organi[sz]ations|companies|businesses|employers|firms|subscribers|residents|citizens|individuals|entities)\s+(?:(?:who|that|which)\s+are\s+)?(?:located|based|resident|residing|domiciled|established|operating|headquartered|created|signing\s+up|registered)\s+(?:in|within|from)\s+(?:the\s+)?$|(?:^|[.;:!?,]\s*|\b(?:because|as|since|while|where)\s+)\s*(?:(?:lots|many|most|some|all)\s+of\s+)?(?:our\s+)?(?:[\w-]+\s+)?(?:customers?|clients?|users|organi[sz]ations|companies|businesses|merchants)\s+(?:who\s+|that\s+)?(?:operate|operates|trade|trades|sell|sells|do\s+business|does\s+business|are|is)\s+(?:(?:mostly|mainly|largely|primarily)\s+)?in\s+(?:both\s+)?(?:the\s+)?$|(?:^|[.;:!?]\s+|,\s+)(?:(?:all|our|any|the)\s+)?(?:customers|clients|users|practices|clinics|schools|hospitals|operators|pharmacies|teams|organi[sz]ations|businesses|firms|tenants|members|merchants|agencies)\s+(?:in|from)\s+(?:the\s+)?$|\b(?:partners|distributors|resellers|dealers|professionals)\s+(?:in|from|based\s+in)\s+(?:the\s+)?$|\b(?:customers?|clients?|users|members|partners|tenants)\s*\([^()]*$/i;
// A place listed right after another ("Dublin, Ireland", "Canada, Portugal and the United States") shares its
// clause: "Our support engineers work from Canada, Portugal and the US" are all people, not storage.
// A town the gazetteer does not know may sit between them: "Dublin, Ireland and Austin, Texas".
const LISTED_AFTER = /^\)?\s*(?:,|,?\s*(?:and|or|&|\/))\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s*,\s*)?\(?\s*$|^\s*\(\s*$/u;
const TOWN_BEFORE = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s*,\s*$/u;
const AFTER_PREPOSITION = /\b(?:in|at|within|into|to|from|on)\s+(?:the\s+)?$/i;
const JOIN = /^\s*(?:,|and|or|&|\/)\s*$/;
// The place starts a law's or code's name: "U.K. Data Protection Act", "Swiss law", "EU-US Privacy Shield", "Europe (CISPE) Code".
function lawAfter(after: string): boolean {
  const words = after.replace(/^['’]s\b/, '').split(/[\s\-–/]+/).filter((w) => w.length > 0);
  for (let i = 0; i < Math.min(4, words.length); i++) {
    if (LAW_WORD.test(words.slice(i, i + 3).join(' '))) return true;
    if (/^[a-z]/.test(words[i]!)) return false;
  }
  return false;
}

// The clause a place sits in: "Data is stored in Germany and served via Cloudflare's CDN" keeps Germany.
// (Also ", with payment reminders sent from Ireland" and "in Germany and receipts are emailed from …": a new subject
// with its own participle or verb, after a place.)
const BREAK = /[;—–]|,\s+(?:and|but|while|whereas)\b|\s(?:but|while|whereas)\s|\sand\s+(?=(?:we|our|it|they|is|are|served|cached|delivered|uses?)\b)|,\s+with\s+(?=(?:[\w-]+\s+){1,4}(?:sent|delivered|handled|processed|routed|emailed|run|running|hosted)\b)|\s+and\s+(?<=\b[A-Z][\w)]*\s+and\s+)(?=(?:[a-z][\w-]*\s+){1,3}(?:is|are|was|were|get|gets)\s+\w+ed\b)/g;
export function clauseAround(text: string, p: Pick<Place, 'start' | 'end'>): string {
  return text.slice(...clauseSpan(text, p));
}
/** Offsets of the clause a place sits in. */
export function clauseSpan(text: string, p: Pick<Place, 'start' | 'end'>): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(BREAK)) {
    if (m.index + m[0].length <= p.start) start = m.index + m[0].length;
    else if (m.index >= p.end) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

// "Support tickets and all account data are hosted in Dublin": a side word joined to the customer's data names both.
const AND_PRIMARY_DATA = /^\s*(?:,\s*)?(?:and|&|as well as|plus)\s+(?:all\s+|other\s+|the\s+)*(?:customer|account|user|workspace|personal|your|their|application)\s+(?:data|content|records|information|files)\b/i;
const SIDE_ALL = new RegExp(SIDE.source, 'gi');
function sideClause(clause: string): boolean {
  if (!SIDE.test(clause)) return false;
  for (const m of clause.matchAll(SIDE_ALL)) if (!AND_PRIMARY_DATA.test(clause.slice(m.index + m[0].length))) return true;
  return false;
}

// "Our product analytics tool (Pendo) receives usage events and is hosted in the United States": a clause that opens on
// its verb shares the subject of the clause before it.
function subjectClause(text: string, [start, end]: [number, number]): string {
  const own = text.slice(start, end);
  // (Only after "and": a dash aside before the verb is a list of what is stored, not another subject.)
  const afterAnd = /\band\s*$/i.test(text.slice(Math.max(0, start - 6), start)) && /^\s*(?:is|are|was|were|remains?|stays?|lives?|sits?)\b/i.test(own);
  // "customer support ticketing (ticket content only) — hosted in … (Ireland)": a participle after a dash, too.
  const afterDash = /[—–]\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*(?:hosted|stored|kept|located|based|run|processed)\b/i.test(own);
  if (start === 0 || !(afterAnd || afterDash)) return own;
  const earlier = text.slice(clauseSpan(text, { start: Math.max(0, start - 6), end: Math.max(0, start - 6) })[0], start);
  if (afterDash && /\b(?:customer|your|all|personal|account|production)\s+data\b/i.test(earlier)) return own;
  return text.slice(start - earlier.length, end);
}

/** Places in text that can be a storage location (laws, seats, segments and transfers removed). */
// "Restaurants in the US and Canada: stored in the United States": a label naming who, before the colon that says where.
const SEGMENT_LABEL = /^\W*(?:for\s+)?(?:(?:all|our|the)\s+)?(?:[\w-]+\s+)?([a-z]+s)\s+(?:in|from|based\s+in|located\s+in|operating\s+in)\s+/i;
const INFRASTRUCTURE_NOUN = /^(?:servers|backups|replicas|regions|instances|nodes|clusters|facilities|zones|copies|databases|buckets|files|records|documents|centres|centers|datacenters|datacentres|snapshots|workloads|deployments|tenants|workspaces|accounts|environments)$/i;
function segmentLabelEnd(text: string, places: Place[]): number {
  const colon = text.indexOf(':');
  const label = colon > 0 ? SEGMENT_LABEL.exec(text.slice(0, colon)) : null;
  if (!label || INFRASTRUCTURE_NOUN.test(label[1]!)) return -1;
  return places.some((p) => p.start > colon) ? colon : -1;
}

/**
 * Work done in a place: "runs classification in AWS us-east-1", "performs checks on servers in Ohio" — not "runs in
 * us-west-2", "runs its primary database in Frankfurt", "runs production workloads on AWS in eu-west-1".
 */
export const RUNS_WORK_IN = /\b(?:runs?|performs?|executes?|carries\s+out|does)\s+(?:[a-z][\w-]*\s+){0,2}?(?:classification|inference|transcod\w+|analys[ie]s|scans?|checks?|jobs?|builds?|render(?:s|ing)|moderation|enrichment|computations?|OCR|transcription|translation|detection|tests?)\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s/i;
export function storagePlaces(text: string): Place[] {
  const places = findPlaces(text);
  const label = segmentLabelEnd(text, places);
  const kept = places.map((p, i) => p.end > label && keeps(text, places, p, i));
  // A listed place keeps its own reading only when the place it is listed after is kept.
  for (let i = 1; i < places.length; i++) if (kept[i] && !kept[i - 1] && LISTED_AFTER.test(text.slice(places[i - 1]!.end, places[i]!.start))) kept[i] = false;
  return places.filter((_, i) => kept[i]);
}

/** Whether the place is kept on its own reading (its list is looked at in storagePlaces). */
function keeps(text: string, places: Place[], p: Place, i: number): boolean {
  const before = text.slice(Math.max(0, p.start - 90), p.start);
  if (lawAfter(text.slice(p.end, p.end + 80)) || LAW_BEFORE.test(before) || SEAT_BEFORE.test(before)) return false;
  let j = i;
  // "Australia and New Zealand customers": a list naming a customer segment. Not after "in": "hosted in Frankfurt and US customers in Ohio".
  if (!AFTER_PREPOSITION.test(before)) while (j + 1 < places.length && JOIN.test(text.slice(places[j]!.end, places[j + 1]!.start))) j++;
  if (SEGMENT_AFTER.test(text.slice(places[j]!.end, places[j]!.end + 40)) || SEGMENT_BEFORE.test(before)) return false;
  // A town the gazetteer does not know is no clause break: "Our developers work from Kraków, Poland".
  const clause = before.replace(TOWN_BEFORE, ' ').split(/[;,—–]|\bbut\b/).at(-1) ?? '';
  const negated = NEGATION.test(clause);
  const span = clauseSpan(text, p);
  const beforeTown = before.replace(TOWN_BEFORE, '');
  if (PEOPLE.test(clause.replace(PEOPLES_DATA, ' data')) || (PEOPLE_AT.test(beforeTown) && !BY_OUR_TEAM.test(beforeTown)) || sideClause(subjectClause(text, span)) || COMPANY_AFTER.test(text.slice(p.end, p.end + 40)) || PEOPLE_BASED_AFTER.test(text.slice(p.end, p.end + 60)) || PEOPLE_NAMED_AFTER.test(text.slice(p.end, p.end + 40)) || (COMPANY_SEAT_BEFORE.test(before) && SIDE.test(text.slice(p.end, p.end + 120))) || (POSTCODE_BEFORE.test(before) && SEAT_WORDS.test(text.slice(Math.max(0, p.start - 160), p.start))) || (FORMER_BEFORE.test(before) && !STILL_AFTER.test(text.slice(p.end, p.end + 60)))) return false;
  if (BY_PROVIDER_AFTER.test(text.slice(p.end, p.end + 80))) return false;
  // "The legacy us-east-1 cluster … has been decommissioned": a place that no longer keeps anything.
  // (The rest of the place's sentence; an initial's full stop, "N. Virginia", ends nothing.)
  const rest = text.slice(p.end, p.end + 160).replace(/\b([A-Z])\.\s/g, '$1  ').split(/[.;](?:\s|$)/)[0]!;
  if (DECOMMISSIONED_AFTER.test(rest) || DECOMMISSIONED_BEFORE.test(before)) return false;
  // "Existing US-hosted accounts are being migrated to Frankfurt": the place they leave (not the one they go to).
  if (MIGRATED_AFTER.test(rest) || MIGRATING_TO_BEFORE.test(before)) return false;
  // "macOS job execution in Ashburn (no customer data persists there)": the place is said to keep nothing.
  if (NOTHING_KEPT_AFTER.test(text.slice(p.end, p.end + 100).split(/[.;](?:\s|$)/)[0]!)) return false;
  // "Restaurants in the UK and Switzerland are hosted in our Frankfurt environment": a place in the clause's subject, with the
  // place it is hosted in after the verb, is whose data it is, not where.
  const [clauseStart, clauseEnd] = span;
  const clauseRest = text.slice(p.end, clauseEnd);
  const verb = NO_VERB_YET.test(text.slice(clauseStart, p.start)) ? SUBJECT_HOSTED.exec(clauseRest) : null;
  if (verb && places.some((o) => o.start >= p.end + verb.index + verb[0].length && o.start < p.end + clauseRest.length)) return false;
  if (PROCESS_ONLY_BEFORE.test(before) && !STORAGE_VERB.test(before.slice(-60)) && STORAGE_VERB.test(text.slice(p.end))) return false;
  // "…; the US endpoint runs classification in AWS us-east-1": work done there, with no word of keeping anything in its clause.
  if (RUNS_WORK_IN.test(text.slice(span[0], span[1])) && !STORAGE_VERB.test(text.slice(span[0], span[1]))) return false;
  if (OUTSIDE_BEFORE.test(before)) return negated; // "not ... outside the EU": the EU is where it stays
  return !negated && !TRANSFER_BEFORE.test(clause);
}
