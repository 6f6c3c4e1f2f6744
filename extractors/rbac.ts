import type { Extractor } from '../claims/types';
import { deniedNear, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';
import { PLAN } from '../language/triggers';

export type RbacValue = 'stated' | 'not_stated';

const FIELD = 'rbac';
const TOPIC =
  /\brole[- ]based\b|\bRBAC\b|\bcustom roles?\b|\buser roles?\b|\broles? and permissions\b|\bpermissions? (?:and|by) roles?\b|\b(?:admin|owner|member|viewer|editor|read-only)\s+roles?\b|^\s*roles?\s*:|\bgranular permissions\b|\b(?:workspace|team|account|organi[sz]ation|project)\s+roles?\b|\b(?:give|grant|assign)s?\s+(?:\w+\s+){0,2}roles?\b|\b(?:assign\w*|predefined|built-in)\b[^.]{0,30}\broles?\b|\broles?\s*(?:[:(]|[—–-]\s)\s*(?:[\w-]+\s*,\s*){0,4}?(?:owner|admin\w*|member|viewer|editor|guest|read-only|contributor|approver|manager)\b|\b(?:two|three|four|five|six|seven|eight|\d)\s+(?:built-in\s+|predefined\s+|default\s+|user\s+|access\s+|permission\s+)?roles\b/i;

const rules: Rule<RbacValue>[] = [
  { all: [deniedNear(TOPIC)], value: null, confidence: 0, reason: 'roles not offered' },
  { all: [PLAN], value: null, confidence: 0, reason: 'roles only planned' },
  { all: [/\b(?:lets?|allows?|can|available|supports?|offers?|includ\w*|using|use|assign|define|create|give|control|decide|for|has|have|comes? with|:)/i], value: 'stated', confidence: 0.75, reason: 'role-based access control for customer users', local: true },
  // "Workspace roles: Owner, Admin, Member and Guest": the roles named under the topic.
  { all: [/(?:^\W*|\broles?\W+)(?:owner|admin\w*|member|viewer|editor|guest|read-only|contributor|approver)\b\s*,/i], value: 'stated', confidence: 0.7, reason: 'the roles customers can give' },
  // "Is role-based access control supported?" — "Yes; four built-in roles plus custom roles on Enterprise."
  { all: [/^\W*yes\b/i], value: 'stated', confidence: 0.7, reason: 'yes to a question about roles', local: true },
];

const spec: StatusSpec<RbacValue> = { field: FIELD, topic: TOPIC, rules, offered: true, answer: (said) => (said === 'yes' ? 'stated' : null), prefilter: /role|rbac|permission/i };

export const extractor: Extractor<RbacValue> = {
  meta: {
    id: 'rbac',
    field: FIELD,
    version: 1,
    description: 'Whether customers get role-based access control (roles and permissions) for their users',
  },
  extract(page) {
    return readStatus(page, spec);
  },
};

// Must read right: "Role-based access control lets admins decide who can view, approve or export ledgers";
// "Custom roles are available on the Enterprise plan"; "Roles: Owner, Admin, Member, Read-only"; "Tallowmere has three
// roles: Owner, Admin and Accountant"; "Roles (Owner, Editor, Viewer) can be set per project"; "Yes." to "Is RBAC available?";
// "Role-based permissions for front desk, nurses and physicians".
// Must not be fooled by: "Access to production is restricted to employees by role-based access control" (internal);
// "Custom roles are coming in 2027"; a roles table's "Yes"/"No" cells.
