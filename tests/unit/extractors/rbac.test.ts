import { extractor, type RbacValue } from '../../../extractors/rbac';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const s = (page: string, value: RbacValue = 'stated', quote = page): Valid<RbacValue> => ({ page, value, quote });

const valid: Valid<RbacValue>[] = [
  s('Role-based access control lets admins decide who can view, approve or export ledgers.'),
  s('Custom roles are available on the Enterprise plan.'),
  { page: [{ text: 'Roles: Owner, Admin, Member, Read-only', kind: 'list-item' }], value: 'stated', quote: 'Roles: Owner, Admin, Member, Read-only' },
  { page: [{ text: 'Role-based permissions for front desk, nurses and physicians', kind: 'list-item' }], value: 'stated', quote: 'Role-based permissions for front desk, nurses and physicians' },
  s('Give your bookkeeper access to pay runs without exposing bank details, using user roles.'),
  s('Admins can assign viewer roles to external collaborators.'),
  s('We support RBAC with custom roles and granular permissions.'),
  s('Workspace owners can create custom roles for each team.'),
  { page: H('Roles and permissions', 'Custom roles are available on the Enterprise plan.'), value: 'stated', quote: 'Custom roles are available on the Enterprise plan.' },
  s('Granular permissions let you control who can edit each project.'),
  s('Assign editor roles to teammates and viewer roles to clients.'),
  s('Role-based access control (RBAC) is included on every plan.'),
  { page: [{ text: 'Role-based access control with custom roles', kind: 'list-item' }], value: 'stated', quote: 'Role-based access control with custom roles' },
  { page: [{ text: 'Permissions Role-based: Owner, Admin, Member', kind: 'label-value', label: 'Permissions', value: 'Role-based: Owner, Admin, Member' }], value: 'stated', quote: 'Permissions Role-based: Owner, Admin, Member' },
  s('Admins define custom roles with per-project permissions.'),
  s('Customer administrators assign users to predefined roles (Payroll Admin, Approver, Viewer) that limit what each user can see and do.'),
  // Roles named in a list, counted, or a yes to a question about them.
  s('Tallowmere has three roles: Owner, Admin and Accountant.'),
  s('Roles (Owner, Editor, Viewer) can be set per project, so you can share one project without exposing others.'),
  s('Every workspace comes with four built-in roles.'),
  s('There are five user roles, from Owner to Read-only.'),
  { page: [{ text: 'Workspace roles Owner, Admin, Member and Guest, with per-folder sharing permissions', kind: 'label-value', label: 'Workspace roles', value: 'Owner, Admin, Member and Guest, with per-folder sharing permissions' }], value: 'stated', quote: 'Workspace roles Owner, Admin, Member and Guest, with per-folder sharing permissions' },
  { page: [{ kind: 'question', text: 'Is role-based access control available?' }, { text: 'Yes.', question: 'Is role-based access control available?' }], value: 'stated', quote: 'Yes.' },
  { page: [{ kind: 'question', text: 'Is role-based access control supported?' }, { text: 'Yes; four built-in roles plus custom roles on Enterprise.', question: 'Is role-based access control supported?' }], value: 'stated', quote: 'Yes; four built-in roles plus custom roles on Enterprise.' },
  { page: [{ kind: 'question', text: 'Do you offer custom roles?' }, { text: 'Yes.', question: 'Do you offer custom roles?' }], value: 'stated', quote: 'Yes.' },
  s('Projects have two roles — Admin and Member — set by the workspace owner.'),
  s('Each project supports roles (Owner, Contributor, Viewer).'),
];

const invalid: Invalid[] = [
  { page: 'Access to production systems is restricted to employees by role-based access control.' },
  { page: 'Custom roles are coming in 2027 and are on our roadmap.' },
  { page: [{ text: 'Owner | Yes | Yes | Yes', kind: 'table-row', cells: ['Owner', 'Yes', 'Yes', 'Yes'], header: ['Role', 'Manage', 'Settings', 'Audit'] }] },
  { page: 'Our staff access customer data only with role-based approval.' },
  { page: 'Custom roles are not available on the Free plan.' },
  { page: 'We follow the principle of least privilege.' },
  { page: 'Two-factor authentication is available for every account.' },
  { page: H('Roles and permissions', 'Contact sales to learn more.') },
  { page: 'Our engineers use RBAC for internal tools.' },
  { page: 'The role of the DPO is described in our privacy policy.' },
  { page: 'Our personnel are granted access on a need-to-know basis using role-based access control.' },
  { page: 'RBAC for workspaces is planned for next quarter.' },
  { page: 'Security plays a key role in everything we build.' },
  { page: 'Only administrators can delete a workspace.' },
  { page: 'RBAC' },
  // Roles that are jobs, or a yes to something else.
  { page: "We're hiring! Open roles: Senior Engineer, Designer." },
  { page: 'Our team has three open roles in Berlin.' },
  { page: [{ kind: 'question', text: 'Is role-based access control on the roadmap?' }, { text: 'Yes, for 2027.', question: 'Is role-based access control on the roadmap?' }] },
  { page: [{ kind: 'question', text: 'Do your employees access production through RBAC?' }, { text: 'Yes.', question: 'Do your employees access production through RBAC?' }] },
  { page: 'Key roles: Security Officer, Privacy Officer and Incident Manager are assigned within our company.' },
];

runTable(extractor, valid, invalid);
