/**
 * When a product feature (SSO, MFA, roles) is not offered, though a field's loose "offered" word is in the sentence,
 * and when a "No" offers it. Used by ./claim-rules.ts for the fields that set `offered`.
 */
// A product feature not offered, though a rule's loose "offered" word is there: a condition whose main clause offers
// nothing ("Contact us if SSO is a must-have", "If you require SSO, Acme may not be the right fit"; but "If you'd like
// to use SSO, an admin can switch it on" offers it); a denial referring back ("Many teams ask us about SSO, but this
// isn't something we offer"); a feature removed; other products as the subject ("Many project tools now offer SSO").
export const AVAILABLE_MAIN =
  /\b(?:can|may)\s+(?:\w+\s+){0,3}?(?:enabl\w*|switch\w*|turn\w*|connect\w*|use|used|create\w*|enforc\w*|set|do so|configur\w*|requir\w*|manag\w*)\b|\b(?:is|are|it['’]s)\s+(?:already\s+)?(?:included|enabled|available|on)\b|\b(?:plans?|tiers?)\s+(?:includes?|comes? with|has|have)\b|\bnothing extra\b|\bSettings\b|\b(?:just|simply)\s+(?:enable|turn|connect)\b/i;
const DENIED_BACK =
  /\b(?:this|that|it)\s+(?:is\s+not|isn['’]t|is\s+no\s+longer)\s+(?:something\s+we|a\s+feature\s+we|available|supported|offered)\b|\bwe\s+(?:do\s+not|don['’]t|no\s+longer)\s+(?:offer|support|provide)\s+(?:it|this|that)\b/i;
const REMOVED = /\b(?:was|were|has been|have been|is being)\s+(?:removed|discontinued|retired|deprecated|dropped|sunset|withdrawn)\b/i;
const OTHER_PRODUCTS = /^\s*(?:(?:many|most|some|other|all|several)\s+)(?:[\w-]+\s+){0,2}(?:tools|apps|applications|products|vendors|platforms|services|solutions|competitors)\b/i;
// The feature on the customer's other systems ("enable MFA on your email account", "your cloud provider's console
// offers MFA", "your Google Workspace administrator can enforce 2FA"), general advice and articles about it.
const ELSEWHERE =
  /\b(?:on|for|in)\s+your\s+(?:own\s+|other\s+)?(?:[\w-]+\s+){0,2}(?:accounts?|email|inbox|devices?|laptops?|phones?|infrastructure)\b|\byour\s+(?:[\w-]+\s+){0,2}(?:provider['’]s|administrator|admin|console)\s+(?:\w+\s+)?(?:offers?|can|provides?|supports?|enforces?)\b/i;
const ADVICE = /\bwherever\s+(?:it['’]s|it\s+is)\s+offered\b|\blearn\s+(?:more\s+)?(?:about|how)\b|\bglossary\b|\bwe\s+asked\b|\bhere['’]s\s+what\b|^\s*what\s+is\b/i;
// A question whose "No" offers the feature: "Do I need an Enterprise plan to use SSO?", "Is MFA limited to …?"
export const RESTRICTION_Q = /\b(?:limited|restricted)\s+to\b|\bonly\s+(?:on|for|in|available)\b|\b(?:need|require)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:plan|tier|licen[cs]e|add-?on|upgrade)\b|\b(?:extra|additional)\s+(?:cost|charge|fee)\b|\bcost\s+extra\b|\bpay\s+(?:extra|more)\b/i;
/** Whether the sentence `text`, naming the feature at `at`, with the judge's `status` for it, does not offer it. */
export function notOffered(text: string, at: number, status: string): boolean {
  if (status === 'conditional' && !AVAILABLE_MAIN.test(text)) return true;
  return DENIED_BACK.test(text) || REMOVED.test(text) || OTHER_PRODUCTS.test(text.slice(0, at)) || ELSEWHERE.test(text) || ADVICE.test(text);
}
