/**
 * The words of storage statements, shared by ./storage-context.ts and its tables: storage verbs and the data
 * they store, location labels, hypotheticals and plans (not held), the operator's seat, and the roles of
 * table rows and provider lists.
 */
export const STORE =
  /\b(?:(?<!\b(?:online|retail|web|e-?commerce|Shopify|WooCommerce|physical|grocery|merchants?['’]?|partner|app|brick-and-mortar)\s+)stor(?:e|es)\b|stor(?:ed|ing|age)|lives?|resides?|residency|persist(?:s|ed|ent)?|data\s*cent(?:er|re)s?|datacent(?:er|re)s?|kept|keeps?|housed|remains?|retained|held|back(?:ed)?[ -]?up|backups?|replicat\w*|located|(?:data|server|hosting|storage|datacent(?:er|re)|data\s*cent(?:er|re))\s+locations?|hosted|hosting|hosts?|leaves?|stays?|gespeichert|gehostet|Rechenzentr\w*|Serverstandort|Speicherort)\b/i;
// A storage verb needs something stored: "our conference is held in Berlin" is not about data.
export const DATA_WORD =
  /\b(?:data|database\w*|servers?|infrastructure|host\w*|stor\w*|backups?|instances?|cloud|regions?|data\s*cent\w*|datacent\w*|application|apps?|platform|services?|content|files|records|information|documents|accounts?|workspaces?|PHI|messages|notes|everything|Daten|Rechenzentr\w*|gespeichert)\b/i;
export const HOSTING = /\b(?:regions?|servers?|infrastructure|instances?|deployed|runs?|uses?|cloud|processed|takes place)\b/i;
export const LOCATION_LABEL =
  /\b(?:(?:data|server|hosting|storage)\s+locations?|regions?|residency|data\s*cent(?:er|re)s?|datacent(?:er|re)s?|hosting|hosted|stor(?:ed|age)|servers?|where\b[^?]*\b(?:data|servers?|hosted|stored))\b/i;
export const HYPOTHETICAL =
  /^(?:if|should|unless)\b|\b(?:names?|named|looks?)\s+like\b|\bof the form\b|\bif (?:you|your|required|needed|requested)\b|\bfor example\b|\be\.g\.|\bneed(?:s|ing)? (?:all )?(?:your |their )?data to\b|\b(?:specific|custom|special) (?:data residency )?requirements?\b|\bcontact (?:us|your|our|sales)\b|\baccount manager\b|\b(?:up)?on request\b|\b(?:may|can|could) (?:request|ask for)\b|\bcan be (?:arranged|requested|discussed)\b|\b(?:ask(?:s|ed)?|asking|enquir\w+|inquir\w+)\s+(?:us\s+)?about\b|\bquestions?\s+about\b|\bcomes?\s+up\b/i;
// Not held yet: "EU residency is planned for 2027", "is coming", "we are working on", "not yet available", "in private preview".
export const FUTURE =
  /\b(?:plan(?:s|ned|ning)? to|roadmap|coming (?:soon|in|later|next|(?:Q[1-4]\s+)?20\d\d)|in the future|soon|next year|later this year|upcoming|(?:will|would|should) be (?:available|added|launched|offered|live)|open(?:s|ing)\s+(?:in|by|during|later|early|next|this)\b|will (?:launch|open|add|expand|move|migrate|introduce|follow|arrive|go live|become available)|(?:is|are)\s+coming\b(?!\s+(?:from|in from))|(?:is|are|being|currently)\s+planned|planned\s+(?:for|in|by)\s+(?:Q[1-4]|H[12]|20\d\d|next|later|early|late|the)|(?:is|are|'re)\s+(?:currently\s+)?working\s+on|(?:in|under)\s+development|in the works|not\s+(?:yet|currently)\s+(?:available|offered|supported|live)|not yet\b|(?:in|private|public|closed|limited)\s+(?:preview|beta)|early access|launch(?:es|ing)\s+(?:in|by|during|later|early|next|this)|in the planning stages?|(?:we['’]re|we are|currently|are)\s+(?:exploring|evaluating|considering|assessing)|under (?:evaluation|consideration|assessment)|(?:haven['’]t|have not|not yet)\s+committed|wait(?:ing)?[- ]?list|expect(?:s|ed)?\s+to\s+(?:open|launch|add|offer)|when it (?:launches|goes live|opens)|(?:intend|aim|expect|hope)s?\s+to\s+(?:offer|launch|open|add|provide|support|introduce))\b|:\s*planned\b/i;
export const SEAT_UNIT =
  /\b(?:(?:we are|we're|company is|is) based in|(?:company|we|headquarters|office|team) (?:is|are) located|headquarter\w*|incorporated|registered (?:office|address|in)|legal entity|company (?:number|registration)|offices? (?:in|at)|our address|postal address|copyright|©)|\b\d+\s+(?:[A-Z][\w.]*\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Lane|Way|Drive|Strasse|Straße)\b/i;
// A customer's seat is no vendor seat: "Employers headquartered in Canada can choose our Canadian region".
const CUSTOMER_SEAT =
  /\b(?:customers?|clients?|users|employers|companies|businesses|organi[sz]ations|firms|tenants|entities)\s+(?:(?:who|that|which)\s+are\s+)?(?:headquartered|based|incorporated|registered|domiciled)\b/gi;
export const isSeatUnit = (t: string) => SEAT_UNIT.test(t.replace(CUSTOMER_SEAT, ' '));
// Table rows: what the row is about.
export const PRIMARY_ROLE = /\b(?:application|app|database|db|postgres\w*|mysql|storage|data|hosting|hosted|primary|compute|infrastructure|servers?|backups?)\b/i;
export const SIDE_ROLE =
  /\b(?:cdn|ddos|dns|edge|payments?|billing|e-?mails?|sms|voice|errors?|monitoring|analytics|support|helpdesk|crm|integrations?|auth\w*|identity|marketing|logging|notifications?|inference|llm|ai|speech|telemetry|tracking|website|chat|help\s*cent(?:re|er)|maps?|mapping|geocod\w*)\b/i;

export const LISTING = /\b(?:sub-?processors?|third[- ]part(?:y|ies)|service providers|vendors)\b/i;
