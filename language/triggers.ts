/**
 * The judge's trigger table (NegEx / ConText in spirit): which words deny a mention, put it in the future,
 * make it hypothetical or merely descriptive; which look like triggers and are not (pseudo-triggers, removed
 * first); and where a trigger's reach ends (clause breaks: ";", "but", "while", "and we …").
 * Used by judge.ts; extractors read a status only through the judge.
 *
 *   clauseAround(text, start, end) -> offsets of the coordinate clause holding a mention
 *   polarityOf(clause, mentionAt?)  -> 'affirmed' | 'negated' | 'planned' | 'conditional'
 *
 * Work on the clause, not the sentence: "SOC 2 Type I compliant and working towards SOC 2 Type II" holds
 * an affirmed Type I and a planned Type II.
 */

import { textMemo } from './memo';

export type Polarity = 'affirmed' | 'negated' | 'planned' | 'conditional';

// A new coordinate clause starts after ";", ", but", " while", or " and" + a verb or subject.
export const CLAUSE_BREAK =
  /;|\s[—–]\s|\s[·•]\s(?<=(?:SOC|ISO|PCI|HIPAA)[^·•.;]{0,40}?\b(?:certified|compliant|audited|attested|held|available|planned|in progress|on the way|on its way)\b[^·•.;]{0,30}?\s[·•]\s)|\s[·•]\s(?<=[✔✓✅✗✘❌]\s*\s[·•]\s)|\s-\s(?=[A-Za-z])|,?\s+(?:but|while|whereas|although|though|meanwhile)\s+|,\s+yet\s+(?=(?:we|our|it|they|[A-Z]))|,?\s+and\s+(?=(?:we|we['’]re|our|it|they|is|are|am|have|has|had|holds?|maintains?|will|working|work|expect|expects|plan|plans|aim|aims|currently|now|also|then|intend|intends|do|does|did|don['’]t|doesn['’]t|didn['’]t)\b)|,\s+and\s+(?=[A-Z][\w.&-]*\s+(?:is|are|has|have|itself|also|holds?)\b)|,\s+and\s+(?=(?:the|its|this|that|our)\s+(?:[\w-]+\s+){0,6}?(?:is|are|was|were|has|have|had|will|began|begins|started|starts|runs|ran|ended|ends)\b)/gi;
// A sentence that opens with a subordinate clause ("While FedRAMP is in progress, …", "Unlike many start-ups
// that rely on their host, …") ends that clause at its first comma.
const OPENING_CLAUSE = /^\s*(?:while|although|though|whereas|unlike|besides|apart from|in addition to|as well as|once)\b[^,;]*,(?:\s*(?:which|that|who)\b[^,;]*,)?/i;

export const NEGATION = new RegExp(
  [
    String.raw`\bnot\s+(?:yet|currently|presently|at (?:this|the moment|present)|today)\b`,
    // ("Processor is not, as at the Effective Date, certified to ISO/IEC 27001": an aside between commas.)
    String.raw`\b(?:is|are|am|was|were|we['’]re|it['’]s)\s*(?:not|n['’]t)(?:\s*,[^,.;]{1,60},)?\s+(?:yet\s+|currently\s+|formally\s+|officially\s+)*(?:a\s+)?(?:SOC|ISO|PCI|HIPAA|certified|compliant|accredited|audited|attested|registered)`,
    // ("Processor does not itself hold an ISO/IEC 27001 certificate")
    String.raw`\b(?:do|does|did)\s*(?:not|n['’]t)\s+(?:(?:currently|yet|presently|itself|themselves|ourselves|directly)\s+){0,2}(?:have|hold|possess|maintain|carry)\b`,
    // ("has not itself undergone", "have not ourselves completed")
    String.raw`\b(?:have|has|had)\s*(?:not|n['’]t)\s+(?:(?:yet|currently|itself|ourselves|themselves|formally|independently)\s+){0,2}(?:undergone|undertaken|completed|obtained|achieved|received|been|pursued|done|gone through|started)\b`,
    String.raw`\bnever\s+(?:been|had|undergone|completed|claimed\s+to\s+(?:be|have|hold))\b`,
    // "SOC 2 / ISO 27001: none held by Ledgerly Labs", "none currently held"
    String.raw`\bnone\s+(?:is\s+|are\s+)?(?:currently\s+)?(?:held|obtained|in\s+place)\b`,
    // "There's no certificate to share", "there is no SOC 2 report yet"
    String.raw`\bthere\s*(?:['’]s|is|are)\s+no\s+(?:[\w/-]+\s+){0,3}?(?:certificat\w*|reports?|attestations?|audits?|accreditation)\b(?!\s+(?:exceptions?|findings?|nonconformit\w*|non-conformit\w*|costs?|fees?|gaps?|issues?|deviations?|qualifications?|observations?))`,
    String.raw`\b(?:did|do|does)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:pursue|seek|obtain|get|undergo|complete|renew)\b`,
    String.raw`\b(?:no|without|lack(?:s|ing)?(?:\s+an?)?)\s+(?:formal\s+|official\s+|current\s+)?(?:SOC|ISO|PCI\b|HIPAA|certifications?|attestations?|audit(?:s|ed)?\b)`,
    String.raw`\bnot\s+(?:SOC|ISO|PCI|HIPAA|certified|compliant|accredited)\b`,
    String.raw`^\s*(?:no|not yet|not currently|not at this time|unfortunately not)\b\s*(?:[.,;:!—–-]|$)|^\s*not (?:yet|currently|at this time)\b`,
    String.raw`\bneither\b[^.;]{0,60}\bnor\b|:\s*(?:no|none|not yet|n\/a)\s*$`,
    // "not available yet", "we have yet to undergo"; but "not publicly available" means it exists
    String.raw`\bnot\s+(?:\w+\s+)?yet\b|\byet\s+to\s+(?:be|undergo|complete|obtain|achieve|start|begin)\b`,
    String.raw`\b(?:is|are)\s*(?:not|n['’]t)\s+something\s+we\b|\black(?:s|ed)\b|(?:^|[:;,.—–-]\s*)not\s+something\s+we\b`,
    String.raw`\b(?:is|are)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:available|ready|complete|completed|finished|issued|done|supported|offered)\b(?!\s+(?:publicly|to\s+the\s+public|online|on\s+(?:our|the)\s+website|for\s+download|without))`,
    String.raw`[—–:-]\s*not\s+(?:yet\s+)?(?:available|supported|offered)\b`,
    String.raw`\bnot\s+applicable\b|\bN\/A\b|\|\s*(?:no|none|not yet)\s*(?:\||$)`,
    // outside the certificate's scope: "the platform itself isn't in the scope of an ISO 27001 certificate", "is out of
    // scope", "not covered by our parent company's certificate"
    String.raw`\b(?:is|are)\s*(?:not|n['’]t)\s+(?:\w+\s+)?(?:in|within|part\s+of|covered\s+by|included\s+in)\s+(?:the\s+)?scope\b|\bout(?:side)?\s+(?:of\s+)?(?:the\s+)?scope\b|\bnot\s+(?:in|within)\s+(?:the\s+)?scope\b|\b(?:is|are)\s*(?:not|n['’]t)\s+covered\s+by\b|\bexclud(?:es|ed|ing)\s+(?:the\s+|our\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:platform|product|service|application)\b`,
    // held once, not now: "our ISO 27001 certificate lapsed in 2024", "the certificate has expired", "was withdrawn",
    // "we held ISO 27001 until 2023" / "from 2019 through 2023", "were certified between 2019 and 2023", "no longer
    // certified" (not "renewed before it expired", "expires in 2027", "have held it from 2019 through today")
    String.raw`\b(?:previously|formerly)\s+(?:held|had|maintained|obtained|achieved)\b|\bno\s+longer\s+(?:valid|current|in\s+force|active)\b|\b(?:lapsed|has\s+expired|have\s+expired|had\s+expired|(?:was|were|been|has\s+been)\s+(?:withdrawn|revoked|suspended|cancell?ed|discontinued))\b|\b(?:certificat\w*|certified|accreditation|report|registration|attestation)\s+(?:\w+\s+){0,2}?expired\b|(?<!\b(?:have|has|['’]ve)\s+(?:\w+\s+)?)\b(?:held|had|maintained|kept)\b[^.;]{0,50}?\b(?:until|till|through|thru|to|up\s+to)\s+(?:early\s+|late\s+|mid-?|the\s+end\s+of\s+)?(?:20[01]\d|202[0-5]|last\s+year)\b|\b(?:was|were)\s+(?:[\w/:-]+\s+){0,4}?certified\b[^.;]{0,30}?\b(?:from\s+(?:20[01]\d|202[0-5])\s+(?:to|until|till|through|thru)|between\s+(?:20[01]\d|202[0-5])\s+and)\s+(?:20[01]\d|202[0-5])\b|\b(?:from\s+(?:20[01]\d|202[0-5])\s+(?:to|until|till|through|thru)|between\s+(?:20[01]\d|202[0-5])\s+and)\s+(?:20[01]\d|202[0-5])\b[^.;]{0,40}?\b(?:we|it|they|\w+)\s+(?:were|was|held|had|maintained)\b|\bno\s+longer\s+(?:[\w/:-]+\s+){0,4}?(?:certified|compliant|accredited|audited|hold|holds|maintain|maintains|have|has|SOC|ISO|PCI|HIPAA)\b|(?<!\b(?:never|not|n['’]t)\s+)\blet\s+(?:our|its|the|their|it|them)\s+(?:[\w/:-]+\s+){0,5}?lapse\b`,
    // a decision against it: "we have chosen not to pursue ISO 27001", "we decided the cost isn't justified"
    String.raw`\b(?:decided|decides|chosen|chose|choose|opted|opts|elected)\s+(?:for\s+now\s+)?(?:not|against)\s+(?:to\s+)?(?:pursu|seek|obtain|get|undergo|becom|go|it|them|certif)|\b(?:is|are|was|were)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:justified|worthwhile|worth\s+(?:it|the\s+cost))\b`,
  ].join('|'),
  'i',
);

export const PLAN = new RegExp(
  [
    String.raw`\broad\s*-?map\b`,
    // "… until our SOC 2 programme is in place", "until we receive our report": not there yet.
    String.raw`\buntil\s+(?:our|the|its|an?)\s+(?!(?:next|new|renewed|updated|following)\b)[^.;]{0,60}?\b(?:is|are)\s+(?:in\s+place|ready|complete|completed|finished|done|issued|live|available)\b|\buntil\s+we\s+(?:have|get|receive|complete|obtain|achieve|finish)\b`,
    String.raw`\b(?:planned|planning|plans?\s+to|intend(?:s|ing)?\s+to|aim(?:s|ing)?\s+(?:to|for(?!\s+(?:our\s+|a\s+|an\s+)?(?:next|\w+th|second|third|consecutive|another|clean|zero|no)\b))|hope\s+to)\b`,
    // a paper still to be issued: "our SOC 2 Type 2 report once it's issued", "as soon as it is finalised", "upon issuance"
    String.raw`\b(?:once|when|as\s+soon\s+as)\s+(?:it|they|this|that)\s*(?:['’]s|\s+is|\s+are|['’]re|\s+has\s+been|\s+have\s+been)\s+(?:issued|granted|awarded|received|published|signed(?:\s+off)?|finali[sz]ed|completed?|available|ready|done|out)\b|\bupon\s+(?:its\s+|their\s+)?issuance\b|\b(?:once|when|as\s+soon\s+as)\s+(?:issued|finali[sz]ed|granted|awarded|published|signed\s+off)\b|\b(?:our\s+|a\s+|the\s+)?plans?\s+for\s+(?:achiev|obtain|gett|becom|pursu|reach)\w*`,
    String.raw`\b(?:in\s+progress|in\s+flight|underway|under\s+way|on\s+track|in\s+(?:the\s+)?process\s+(?:of|for)|in\s+the\s+(?:middle|midst)\s+of\s+(?:our|an?|the)\b|currently\s+undergoing|undergoing)\b`,
    String.raw`\bworking\s+(?:towards?|on|to(?:ward)?)\b`,
    // "our SOC 2 Type I audit is in fieldwork now", "certification audit scheduled (see below)"
    String.raw`\bin\s+(?:the\s+)?field\s?work\b|\b(?:audit|assessment|examination|certification)(?<!(?:\b(?:no|not|any)|n['’]t)\s+(?:[\w-]+\s+){0,3}(?:audit|assessment|examination|certification))\s+(?:is\s+)?(?:scheduled|booked|planned)\b(?!\s+(?:annually|yearly|every|each|at\s+this\s+time))`,
    // where the effort goes: "our compliance effort is going into SOC 2 first", "our audit budget goes toward ISO 27001"
    String.raw`\b(?:effort|efforts|focus|budget|work|energy|investment|time)\s+(?:is|are)?\s*(?:going|goes|being\s+put)\s+(?:in)?to(?:wards?)?\b(?!\s+(?:maintain|keep|renew|sustain|retain|preserv|updat)\w*)`,
    // an aim: "we are focusing first on the ISO 27001 certification", "focused on getting our SOC 2 report"
    String.raw`\b(?:is|are|we['’]re|currently)\s+(?:currently\s+|now\s+)?focus(?:s|ed|ing)\s+(?:first\s+|primarily\s+|now\s+|mainly\s+)?(?:on|in)\s+(?!(?:maintain|keep|renew|sustain|retain|preserv|updat)\w*)(?:getting\s+|achieving\s+|obtaining\s+|earning\s+)?(?:the\s+|our\s+|an?\s+)?(?:[\w/:-]+\s+){0,4}?(?:certification|certificate|audit|attestation|report)\b`,
    // preparing for it: "ISMS scope finalised; Stage 1 audit scheduled", "gap assessment completed"
    String.raw`\b(?:ISMS\s+|audit\s+|certification\s+)?scope\s+(?:has\s+been\s+|was\s+)?(?:finali[sz]ed|defined|agreed|set)\b|\b(?:gap|readiness)\s+(?:assessment|analysis|review)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:complete|completed|done|finished|underway)\b`,
    // still going through it: "Acme is completing its first SOC 2 Type II examination", "we're finalising our ISO 27001
    // certification" (not "is completing its third annual SOC 2 audit", "finishing our renewal audit": held before)
    String.raw`\b(?:is|are|we['’]re|currently)\s+(?:currently\s+|now\s+|still\s+)?(?:completing|finishing|finali[sz]ing|wrapping\s+up|going\s+through|working\s+through)\s+(?:its|our|their|the|an?)\s+(?!(?:[\w/:-]+\s+){0,3}?(?:second|third|fourth|fifth|\d+(?:nd|rd|th)|annual|yearly|renewal|recertification|re-certification|surveillance|next)\b)(?:[\w/:-]+\s+){0,6}?(?:audit|examination|assessment|certification|attestation|report|observation\s+period)s?\b`,
    String.raw`\b(?:is|are|we['’]re|currently)\s+(?:currently\s+|actively\s+)?(?:building|developing|adding|introducing|rolling out|beta[- ]testing)\b`,
    String.raw`\b(?:pursuing|preparing\s+for|targeting|seeking)\b`,
    // on the way, not there: "working with an auditor to become SOC 2 compliant", "readiness assessment"
    String.raw`\b(?:to|towards?)\s+(?:become|becoming|get|getting|achiev\w+|obtain\w*|attain\w*)\s+(?:\S+\s+){0,3}?(?:certifi\w*|complian\w*|accredit\w*|attest\w*|SOC|ISO|HIPAA|PCI)|\b(?:readiness|gap\s+(?:analysis|assessment)|pre-?audit|mock\s+audit)\b`,
    String.raw`\b(?:scheduled|slated|estimated|targeted|expected|planned)\s+(?:for|in|to)\b|\bin the (?:final|last|early) stages? of\b|\bwill (?:begin|start|commence|kick off)\b|\bonce\s+(?:our|the)\s+[^,;]*\b(?:concludes?|completes?|is (?:complete|completed|finished))\b|\b(?:kicked off|initiated|started|began|begun|opened|entered)\s+(?:our|the|an?)\b`,
    String.raw`\bon\s+(?:the|its|our)\s+way\b(?!\s+(?:to|in|out|through)\b)`,
    // "We're mid-way through our first SOC 2 audit"; "the badge reflects the controls program we operate for the audit, not a
    // completed report"
    String.raw`\b(?:mid-?way|half-?way|part-?way)\s+through\b|\bnot\s+(?:yet\s+)?(?:a|an)\s+(?:completed|finished|final|issued)\s+(?:report|audit|certificate|certification|attestation)\b`,
    // "The ISO 27001 badge above reflects our active certification project"
    String.raw`\b(?:active|ongoing|current)\s+(?:certification|audit|attestation)\s+(?:project|effort|initiative|journey)\b`,
    // "commenced the observation period for its own SOC 2 Type II examination", "Sidelinely's own SOC 2 audit is in preparation"
    String.raw`\b(?:commenced|began|begun|started|kicked\s+off|entered|opened)\s+(?:the\s+|its\s+|our\s+|an?\s+)?(?:first\s+|initial\s+)?(?:observation|audit)\s+(?:period|window)\b|\bin\s+preparation\b`,
    // "our SOC 2 program, which is in its audit period" (not "in its third audit period": a renewal's)
    String.raw`\b(?:is|are|now|currently|still)\s+in\s+(?:its|our|the|an?)\s+(?:first\s+|initial\s+)?(?:audit|observation)\s+(?:period|window)\b`,
    String.raw`\bcoming\s+(?:soon|(?:in\s+)?20\d\d|(?:in\s+)?(?:Q[1-4]|H[12]|early|mid|late)\b)|\bin\s+the\s+near\s+future\b`,
    // an aim, not a status: "we have our sights set on SOC 2", "on our radar", "a top priority for us in 2026", "in
    // scope for our next audit cycle"
    String.raw`:\s*(?:Q[1-4]|H[12])\s*20\d\d\b`,
    String.raw`\bsights\s+set\s+on\b|\bon\s+(?:our|the)\s+radar\b|\b(?:a|our|the)\s+(?:top\s+|key\s+|major\s+)?priority\s+for\s+(?:us\s+)?(?:in|this|next)\b|\bin\s+scope\s+for\s+(?:our|the)\s+next\b`,
    // a release still to come: "will follow in 2026", "the next major release will introduce", "upcoming", "private
    // beta", "early access", "join the waitlist"
    String.raw`\bwill\s+(?:follow|arrive|land|ship|launch|introduce|add|bring|be\s+(?:added|introduced|released|launched|shipped))\b|\bupcoming\b|\b(?:private|closed)\s+beta\b|\bearly\s+access\b|\bwait\s?-?list\b`,
    String.raw`\b(?:in|entered|entering|started|begun|began)\s+(?:the|our|an?)\s+(?:[\w-]+\s+)?(?:observation|audit)\s+(?:period|window|phase)\b`,
    String.raw`\b(?:have|has|we['’]ve)\s+(?:recently\s+)?(?:started|begun|kicked\s+off|initiated|engaged\s+an?\s+(?:auditor|audit\s+firm))\b`,
    // fieldwork under way or about to be: "our auditor begins fieldwork in March", "began fieldwork in January" (not "began
    // fieldwork in May and issued the report in July")
    String.raw`\b(?:field\s?work|audit|assessment|examination|observation\s+period|audit\s+window)\s+(?:begins|starts|commences|kicks\s+off|opens)\s+(?:in|on|next|this|later)\b|\bfield\s?work\s+(?:begins|starts|commences|kicks\s+off|is\s+(?:scheduled|booked|planned|under\s?way))\b|\b(?:begins?|began|begun|started|starts|commenced?|commences|kicks?\s+off|kicked\s+off)\s+(?:(?:its|their|the|our)\s+)?field\s?work\b(?![^.;]{0,80}\b(?:issued|completed|delivered|signed|finished|available|published|shared|received)\b)`,
    String.raw`\bexpect(?:s|ed|ing)?\s+(?:to|by|in|within)\b`,
    // "we expect our SOC 2 Type I audit to take place in Q1 2027": the vendor expects its audit to happen, not the
    // customer who "can expect our report to be shared"
    String.raw`(?<!\b(?:you|customers?|clients?|users?)\s+(?:can\s+|may\s+|should\s+|will\s+)?)\bexpect(?:s|ed|ing)?\s+(?:our|the|an?|its|this|that)\s+(?:[^\s.;,]+\s+){0,6}?(?:to\s+(?:take place|happen|occur|begin|start|commence|conclude|complete|close|finish|be\s+(?:completed|finished|issued|done|finali[sz]ed|signed off))|by\s+(?:the\s+end\s+of\s+)?(?:Q[1-4]|H[12]|early|mid|late|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December)|in\s+(?:Q[1-4]|H[12]|early|mid|late)\b)`,
    String.raw`\b(?:is|are|will be)\s+(?:due|set|scheduled)\s+to\s+(?:take place|begin|start|commence|conclude|complete)\b|\bto\s+(?:take place|get under\s?way|kick off)\s+(?:in|by|during|over|next|this|later)\b`,
    String.raw`\b(?:expected|ETA|target(?:ed)?)\s*:?\s+(?:completion\s+)?(?:in\s+|by\s+)?(?:Q[1-4]|H[12]|early|mid|late|end\s+of|20\d\d)`,
    String.raw`\bwill\s+(?:soon\s+|shortly\s+)?(?:be\s+)?(?:certified|compliant|accredited|audited|attested|obtain|achieve|complete|undergo|receive|pursue|get|become|have)\b`,
    String.raw`\bby\s+(?:the\s+end\s+of\s+)?(?:Q[1-4]|H[12]|early|mid|late)?\s*-?\s*20\d\d\b`,
    String.raw`\b(?:next|this\s+coming)\s+(?:year|quarter)\b`,
    String.raw`\bin\s+the\s+(?:coming|next)\s+(?:months|year|quarters?)\b`,
    // an audit window still running, subject first: "The observation period for our SOC 2 Type 2 began on April 1";
    // a report anticipated: "we anticipate issuing the Type 2 report in Q1 2026"
    String.raw`\b(?:observation|audit|review)\s+(?:period|window|phase)\b[^.;]{0,60}?\b(?:began|begun|started|starts|begins|commenced|opened|opens|kicked\s+off|(?:is\s+(?:now\s+)?|now\s+)(?:underway|running|open)\b|(?:underway|running|open)(?=\s*(?:[.;,)]|$))|runs?\s+(?:through|until|to|from|between)|will\s+(?:open|begin|start|run|close|end)|closes|ends)\b|\banticipat(?:e|es|ed|ing)\s+(?:issuing|receiving|completing|publishing|having|obtaining|achieving|that|to|our|the|an?)\b`,
    // still happening: "our ISO 27001 certification audit is being conducted by a UKAS-accredited body", "once the
    // certificate is issued, we'll publish it"
    String.raw`\b(?:is|are)\s+(?:currently\s+|now\s+)?being\s+(?:conducted|carried\s+out|performed|undertaken|run|audited|assessed|reviewed|finali[sz]ed|prepared|drafted)\b|\bonce\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,3}?(?:certificate|certification|report|attestation)\s+(?:is|has been)\s+(?:issued|granted|awarded|received|published|signed)\b`,
    // booked, not done: "the Stage 2 audit is booked for Q3", "has been booked in with the certification body",
    // "pencilled in for the autumn"
    String.raw`\b(?:is|are|been|have|has|we['’]ve)\s+(?:now\s+|already\s+)?booked\b|\bbooked\s+(?:in\s+)?(?:for|in)\b|\bpencil+ed\s+in\b`,
    // moved, not done: "our Stage 2 audit has moved from Q2 to Q4 2025", "postponed until next year", "pushed back to March"
    String.raw`(?<!\bafter\s+(?:[\w-]+\s+){0,3})\b(?:moved|postponed|rescheduled|pushed(?:\s+back)?|delayed|deferred|shifted|slipped)\s+(?:(?:our|the|its)\s+(?:[\w/:-]+\s+){0,7}?)?(?:from\s+[\w\s]{1,20}?\s+)?(?:to|until|into|till)\s+(?:early\s+|mid-?|late\s+|the\s+end\s+of\s+)?(?:Q[1-4]|H[12]|20\d\d|next|the\s+(?:spring|summer|autumn|fall|winter|new\s+year)|January|February|March|April|May|June|July|August|September|October|November|December)\b(?![^.;]{0,40}\b(?:and|then)\s+(?:was\s+|were\s+)?(?:completed|passed|issued|finished))`,
    // an auditor chosen, the audit not done: "Auditor engaged", "we have appointed an accredited certification body",
    // "we've engaged Brightline LLP as our auditor" (not "an auditor appointed by us issued the report")
    String.raw`\b(?:auditors?|audit\s+firms?|certification\s+bod(?:y|ies)|assessors?|CPA\s+firms?)\s+(?:for\s+(?:our\s+|the\s+)?(?:[\w/:-]+\s+){1,5}?)?(?:has\s+been\s+|have\s+been\s+|is\s+now\s+|now\s+)?(?:engaged|appointed|selected|retained|chosen|contracted|onboarded)(?=\s*(?:$|[;,.:—–-]|(?:for|to|in|and)\b))|\b(?:have|has|we['’]ve)\s+(?:now\s+|recently\s+|already\s+|just\s+)?(?:engaged|appointed|selected|retained|chosen|contracted|picked)\s+(?:(?:an?|our|the)\s+(?:[\w-]+\s+){0,3}?|(?:[A-Z&][\w&.,-]*\s+){1,5}as\s+(?:our|the|an?)\s+(?:[\w/:-]+\s+){0,5}?)(?:auditors?|audit\s+firm|certification\s+body|assessor|CPA\s+firm)\b`,
    // half-way through a certification: Stage 1 done, Stage 2 to come ("Stage 1 complete", "passed its Stage 1
    // assessment"); "after a full Stage 1 and Stage 2 audit" is both stages
    String.raw`\bstage\s*(?:1|one|I)\b(?!\s+(?:and|&|\+)\s+(?:stage\s*)?(?:2|two|II)\b)(?:\s+[\w/:-]+){0,7}?\s+(?:is\s+|was\s+|has\s+been\s+)?(?:complete|completed|done|passed|finished)\b|\b(?:completed|passed|finished|cleared)\s+(?:our|the|its|an?)\s+(?:[\w/:-]+\s+){0,4}?stage\s*(?:1|one|I)\b(?!\s+(?:and|&|\+)\s+(?:stage\s*)?(?:2|two|II)\b)`,
  ].join('|'),
  'i',
);

// Conditional only when the trigger precedes the mention: "If SOC 2 compliance is a requirement, contact us".
export const OURS_BEFORE = /\b(?:our|its)\s+(?:own\s+|current\s+|latest\s+|most recent\s+|annual\s+)?$/i;
// ("7.1 Where Processor holds a current SOC 2 report …, Processor shall make it available": a contract's condition.)
export const CONDITIONAL_BEFORE = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:where|to\s+the\s+extent\s+(?:that\s+)?|in\s+the\s+event\s+(?:that\s+)?)(?=\s*(?:the\s+)?[A-Z]?[\w-]+\s+(?:holds?|has|have|maintains?|obtains?|is|are)\b)|\bto\s+the\s+extent\s+(?:that\s+)?(?:the\s+)?[\w-]+\s+(?:holds?|has|have|maintains?|obtains?)\b|\b(?:if|unless|whether|in case|should you|interested in|(?:customers?|clients?|buyers?|organi[sz]ations|companies|teams)\s+whose\s+(?:[\w-]+\s+){0,3}?(?:requires?|needs?|mandates?|asks?\s+for|demands?)|where (?:you|your \w+) (?:need|require)s?|for (?:customers|organi[sz]ations|teams|companies) with (?:strict|specific|particular|special)|(?:customers?|teams|organi[sz]ations|companies)\s+(?:needing|requiring|who (?:need|require)|that (?:need|require))|for (?:customers|organi[sz]ations|teams|companies|businesses|merchants) (?:that|who) (?:need|require|must (?:meet|comply with|follow|satisfy)|have to (?:meet|comply with)|are subject to)|(?:customers|clients|organi[sz]ations|companies|businesses|merchants|teams)\s+(?:that|who)\s+(?:are subject to|must (?:meet|comply with|follow|satisfy)|have to (?:meet|comply with)))\b/i;
// A plan denied: "no plans to", "we don't currently have ISO 27001 on our roadmap", "is not on our roadmap",
// "we are not planning to pursue", "no intention of".
/** What may qualify a plan that is denied: "no current / immediate / near-term plans". */
export const PLAN_QUALIFIER = String.raw`(?:current\s+|immediate\s+|near[- ]term\s+|short[- ]term\s+|firm\s+|concrete\s+|active\s+)?`;
/** "don't have", "do not currently have": the start of "we don't have plans to …". A pattern fragment. */
export const DO_NOT_HAVE = String.raw`(?:do|does)\s*(?:not|n['’]t)\s+(?:currently\s+|presently\s+)?have`;
/**
 * "not" or "never" as a word, or a contracted "n't" ("don't", "can't": no word boundary stands before its n). A pattern
 * fragment, so every negation test reads contractions the same way.
 */
export const NOT_OR_NEVER = String.raw`(?:\b(?:not|never)|\Bn['’]t)`;

export const NO_PLAN = new RegExp(
  [
    String.raw`\b(?:no|not\s+any|${DO_NOT_HAVE}(?:\s+any)?)\s+${PLAN_QUALIFIER}(?:plans?|intentions?|roadmap)\b`,
    // "there is no certification on our roadmap for the next 12 months"
    String.raw`\bno\s+(?:[\w/:.-]+\s+){0,6}?(?:on|in)\s+(?:our|the|its)\s+(?:\w+\s+)?(?:roadmap|plans?)\b`,
    String.raw`\b(?:do|does)\s*(?:not|n['’]t)\s+(?:currently\s+)?(?:plan|intend)\b`,
    // "we don't have one planned", "there is none scheduled"
    String.raw`\b(?:do|does)\s*(?:not|n['’]t)\s+(?:currently\s+)?have\s+(?:one|it|any|an?\s+(?:[\w-]+\s+){0,2}?(?:audit|assessment|examination|certification))\s+(?:planned|scheduled|booked|lined\s+up)\b|\b(?:none|nothing)\s+(?:is\s+)?(?:planned|scheduled|booked)\b`,
    String.raw`\b(?:do|does)\s*(?:not|n['’]t)\s+(?:currently\s+)?have\s+[^.;]{1,60}?\s+(?:on|in)\s+(?:our|the|its)\s+(?:\w+\s+)?(?:roadmap|plans?)\b`,
    // ("certification is not on our 2025–2026 roadmap")
    String.raw`(?:\b(?:is|are)\s+not|\bisn['’]t|\baren['’]t|['’](?:s|re)\s+not)\s+(?:currently\s+|yet\s+)?(?:on|in|part of)\s+(?:our|the|its)\s+(?:[\w/–-]+\s+){0,2}?(?:roadmap|plans?)\b`,
    String.raw`(?:\bnot|\Bn['’]t)\s+(?:currently\s+)?(?:planning|intending|pursuing|seeking)\b`,
    // "no audit is booked", "no certification audit has been scheduled"
    String.raw`\bno\s+(?:[\w-]+\s+){0,2}?(?:audits?|assessments?|examinations?|certifications?)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+)?(?:currently\s+)?(?:booked|scheduled|planned)\b`,
    // "… nor are we planning one at the moment"
    String.raw`\bnor\s+(?:are|is|do|does)\s+(?:we|they|it|[A-Z][\w-]*)\s+(?:currently\s+)?(?:planning|intending|pursuing|seeking|plan|intend)\b`,
    String.raw`\boff\s+(?:our|the)\s+roadmap\b`,
    // "not on this year's roadmap", "not in our plans"
    String.raw`\bnot\s+(?:currently\s+|yet\s+)?(?:on|in|part\s+of)\s+(?:our|the|its|this\s+year['’]s|next\s+year['’]s)\s+(?:\w+\s+)?(?:roadmap|plans?)\b`,
    String.raw`\b(?:decided|chosen|chose|opted|elected)\s+(?:for\s+now\s+)?(?:not|against)\s+(?:to\s+)?(?:pursu|seek|obtain|get|undergo|becom)`,
  ].join('|'),
  'i',
);

// Openness is not a plan: "we remain open to pursuing SOC 2", "we may pursue ISO 27001 in future", "we are
// considering SOC 2" — a pseudo-trigger, removed before PLAN is read (NegEx's pseudo-triggers).
const OPEN_TO = /\b(?:open to|considering|consider|may|might|could|would (?:like|love) to|evaluating whether to)\s+(?:\w+\s+)?(?:pursu\w*|obtain\w*|seek\w*|getting|get|achiev\w*|becom\w*|add(?:ing)?|introduc\w*|build(?:ing)?|offer(?:ing)?)\b/i;

// Pseudo-triggers: phrases that look like a denial or a plan and are neither. Blanked (same length) before the
// triggers are read, so offsets hold: "no later than 72 hours", "not only", "no exceptions noted", "without undue
// delay", "never let it lapse", "no extra charge", "at no cost".
// ("n't" has no word boundary before it: "isn't limited to" is matched on its own.)
const PSEUDO =
  /\b(?:no later than|not later than|not only|no exceptions?(?: noted| found)?|without (?:undue )?delay|without exception|never (?:lapsed|let (?:it|them) lapse)|could(?:\s+not|n['’]t)\s+be\s+more|(?:before|without)\s+(?:it|they|the\s+(?:\w+\s+)?certificate)\s+(?:ever\s+)?(?:lapsed|expired|lapsing|expiring)|no (?:extra|additional) (?:charge|cost)|at no (?:extra |additional )?cost|no more|no (?:extra|additional) charge|no (?:current |immediate )?plans? (?:to|for)|(?:don['’]t|do not|does not|doesn['’]t) (?:currently )?have (?:any )?(?:current |immediate )?plans? (?:to|for)|without (?:SSO|MFA|2FA|two-factor)|not just|(?:don|doesn|didn|isn|aren|wasn)['’]t (?:just|only)|do not just|does not just|not limited to|did not stop at|not every day|no need to|never let (?:its|our|their) [^.;]{1,40}? lapse|(?:was|were) (?:still )?in progress|in progress (?:this time )?last year|not just|no matter|no longer than|nothing less than|not (?:publicly|generally|openly|freely|widely) (?:available|shared|published|accessible|distributed)|not (?:shared|published) (?:publicly|openly))\b|\Bn['’]t (?:just|limited to)\b/gi;

/** The clause with its pseudo-triggers blanked out (same length, so offsets into it still hold). */
export function withoutPseudoTriggers(clause: string): string {
  return clause.replace(PSEUDO, (m) => ' '.repeat(m.length));
}

// A status word that describes another noun says nothing about the certification: "look at our completed security
// questionnaire", "certified engineers", "a valid email address", "audit logs", "usage reports". Followed by a
// preposition, an adverb, a conjunction or a certification noun it is still a status: "Certified since 2023.",
// "Audited annually by an independent firm.", "Completed in March.", "Current report available on request."
const FUNCTION_WORD = String.raw`(?:by|in|on|at|since|for|against|to|with|and|or|as|under|through|until|from|via|each|every|per|once|twice|again|yet|already|without|of|is|are|was|were|the|a|an|our|its|this|that|report|reports|certificate|certificates|certification|audit|audits|attestation|letter|status|[a-z]+ly)`;
const ATTRIBUTIVE = new RegExp(String.raw`\b(?:completed|current|valid|active|issued|audited|certified|registered|accredited|achieved|obtained|renewed|passed|compliant)\s+(?!${FUNCTION_WORD}\b)[a-z][\w-]*`, 'gi');
const NOUN_COMPOUND = /\b(?:audit|report|certificate|compliance)\s+(?:logs?|trails?|events?|builders?|exports?|history|tools?|dashboards?|features?|templates?|questionnaires?)\b|\b(?:usage|activity|retention|access|incident|uptime|status|financial|annual|expense|custom|analytics)\s+reports?\b/gi;

/** The text with status words that describe another noun blanked (same length, so offsets hold). */
export function withoutAttributiveStatus(text: string): string {
  return text.replace(ATTRIBUTIVE, (m) => ' '.repeat(m.length)).replace(NOUN_COMPOUND, (m) => ' '.repeat(m.length));
}

// Descriptive, not a status: a standard explained or aligned with, a pointer, people's credentials, someone's need.
export const DESCRIPTIVE = new RegExp(
  [
    String.raw`\b(?:(?<!\b(?:certified|audited|accredited|registered|attested|examined|assessed)\s+)according to|(?:designed|built|developed|structured|modell?ed)\s+with\s+reference\s+to|\bmap(?:s|ping)?\s+(?:our|your|its|the|these)\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?(?=\S*\s*(?:SOC|ISO|PCI|HIPAA))|aligned (?:with|to)|alignment (?:with|to)|-aligned|aligns? (?:closely )?with|based on|on the basis of|in line with|consistent with|modell?ed (?:on|after)|models?\s+(?:[\w-]+\s+){0,3}?(?:on|after)(?=\s+(?:the\s+)?(?:ISO|SOC|PCI|HIPAA|AICPA)\b)|(?:chose|chosen|choose|adopted|adopt|selected|picked|use|uses|using)\s+(?:[\w/:-]+\s+){0,4}?as\s+(?:our|its|the)\s+(?:[\w-]+\s+){0,2}?(?:framework|standard|baseline|blueprint|reference)|inspired by|follows?|following the|equivalent|mapped to|maps? to|(?<!\b(?:keep|keeping|bear|bearing)\s+)in mind(?!\s+that\b)|designed to|built to|-ready|ready|resonates? with|echo(?:es)? the|principles? of|(?:key )?components of|informed by|guided by|benchmarked against|framework (?:for|that|which)|is a framework)\b`,
    String.raw`\b(?:help(?:s|ing)? (?:you|customers|teams|organi[sz]ations)|automate|prepare for)\b|^\s*(?:get|become|achieve|start|streamline|simplify)\b`,
    String.raw`\b(?:lead auditors?|lead implementers?|trained|training|staff|employees|engineers|team members|personnel)\b`,
    // (not the reason the vendor gives for what it holds: "We hold SOC 2 because our customers need it")
    String.raw`\b(?:customers?|clients?|prospects?|buyers?|enterprises?|you)(?<!\b(?:because|since|as)\s+(?:(?:our|many|most|some|all|of|enterprise|larger|large)\s+){0,3}(?:customers?|clients?|prospects?|buyers?|enterprises?|you))\s+(?:often\s+|typically\s+|usually\s+|may\s+|might\s+)?(?:require|ask|request|need|expect)s?\b`,
    String.raw`\byour\s+(?:own\s+)?(?:\w+\s+)?$`,
    String.raw`^\s*(?:guide|blog|webinar|white ?paper|e-?book|article|course|checklist|template|podcast|video)s?\b\s*[:—–-]|\bwhat auditors look for\b|\bsample\b|\bpolic(?:y|ies) templates?\b`,
    String.raw`^\s*(?:see|read|visit|refer to|learn (?:more )?about|find out (?:more )?about|check out|more on|read more)\b|\bfor (?:more|further) (?:details|information)\b`,
    // a control listed by its framework id: "CC6.1 – logical access", "Annex A.9"
    String.raw`\b(?:CC\d+(?:\.\d+)?|Annex\s+A(?:\.\d+)*|control(?:s)?\s+(?:objective|id|reference))\b`,
  ].join('|'),
  'i',
);

export type ClauseStatus = 'affirmed' | 'negated' | 'planned' | 'conditional';

/** The status a clause gives the mention at `mentionAt`, with the trigger that decided it. Pseudo-triggers never count. */
export function statusOfClause(clause: string, mentionAt = clause.length): { status: ClauseStatus; why: string } {
  // Many fields ask about the same sentence: remember the last answers (pure; bounded so a huge page cannot grow it).
  const key = `${mentionAt}\u0000${clause}`;
  const known = STATUS_CACHE.get(key);
  if (known) return known;
  if (STATUS_CACHE.size >= 4_096) STATUS_CACHE.clear();
  const result = readStatusOfClause(clause, mentionAt);
  STATUS_CACHE.set(key, result);
  return result;
}
const STATUS_CACHE = textMemo<{ status: ClauseStatus; why: string }>();

function readStatusOfClause(clause: string, mentionAt: number): { status: ClauseStatus; why: string } {
  const c = withoutPseudoTriggers(clause);
  const status = polarityOf(c, mentionAt);
  const hit = status === 'planned' ? c.match(PLAN)?.[0] : status === 'negated' ? (c.match(NO_PLAN) ?? c.match(NEGATION))?.[0] : status === 'conditional' ? (c.match(CONDITIONAL_BEFORE) ?? c.match(OPEN_TO))?.[0] : undefined;
  return { status, why: hit ? `"${hit.trim()}"` : '' };
}

/** Offsets of the coordinate clause of `text` that contains [start, end). */
const DASH_ASIDE = /\s[—–]\s(?:which|who|whose|that|including|such as|e\.g\.|i\.e\.|and|or|as)\b[^—–.;]{1,160}\s[—–]\s/gi;

const LIST_ASIDE = /\s[—–]\s(?:[^—–.;:]|:(?=\d)){1,120}\s[—–]\s/g;
const ASIDE_VERB = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|may|do|does|did|not|no|hold|holds|held|planned|expected|underway|pending|in\s+progress)\b/i;
export function clauseAround(text: string, start: number, end = start): { start: number; end: number } {
  let s = 0;
  let e = text.length;
  const opening = text.match(OPENING_CLAUSE);
  if (opening) {
    const cut = opening[0].length;
    if (end <= cut) e = cut - 1;
    else s = cut;
  }
  // A parenthetical between dashes is no clause break: "we decided that the cost — which would land on our
  // customers — isn't justified" is one clause.
  // (Each aside's two ends go in a set, so a break is looked up once, not tested against every aside: a long block of
  // dashes stays linear.)
  const dashed = text.includes('—') || text.includes('–');
  const skip = new Set<number>();
  if (dashed) {
    for (const m of text.matchAll(DASH_ASIDE)) {
      const a = m.index!;
      const b = a + m[0].length;
      if (start < a || start >= b) skip.add(a).add(-b);
    }
    // A verbless list between dashes is no clause of its own either, even around the mention: "Our own certificates —
    // SOC 2, Cyber Essentials — are on the trust portal" is one statement about both. (Only the list around the mention.)
    for (const m of text.matchAll(LIST_ASIDE)) {
      const a = m.index!;
      const b = a + m[0].length;
      if (a > start) break;
      if (end <= b && !ASIDE_VERB.test(m[0])) skip.add(a).add(-b);
    }
  }
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index!;
    if (at < s || at >= e) continue;
    if (skip.has(at) || skip.has(-(at + m[0].length))) continue;
    if (at + m[0].length <= start) s = at + m[0].length;
    else if (at >= end) {
      e = at;
      break;
    }
  }
  return { start: s, end: e };
}

/**
 * Polarity of a clause. `mentionAt` is where the topic mention starts in it (a condition after the
 * mention — "report available to customers who require it" — does not make it hypothetical).
 * Negated + planned reads as planned ("not yet certified; it is on the roadmap"); "no plans" stays negated.
 */
export function polarityOf(clause: string, mentionAt = clause.length): Polarity {
  const lead = clause.slice(0, mentionAt);
  // "Customers who need a copy of our SOC 2 report can request it": the condition governs access to something
  // the vendor has ("our …"), not whether it exists.
  if (CONDITIONAL_BEFORE.test(lead) && !OURS_BEFORE.test(lead)) return 'conditional';
  if (NO_PLAN.test(clause)) return 'negated';
  const neg = NEGATION.test(clause);
  if (OPEN_TO.test(clause)) return neg ? 'negated' : 'conditional';
  if (PLAN.test(clause)) return 'planned';
  return neg ? 'negated' : 'affirmed';
}

// Must read right: "not yet SOC 2 certified" negated; "we haven't undergone formal SOC 2 audit" negated;
// "SOC 2 Type II certification is on our roadmap for 2026–2027" planned; "audit underway" planned;
// "will be certified against ISO 27001:2022 by the end of 2025" planned; "If SOC 2 compliance is a requirement
// ... contact us" conditional; "Our SOC 2 report is available to customers who require it" affirmed.
// Must not be fooled by: "not publicly available" (not a denial of status), "renewed annually since 2021".
