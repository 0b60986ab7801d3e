// Roles of a membership and what each may do. Pure: used by guards on the server and by the UI to hide controls.
export const ROLES = ["owner", "editor", "handler", "viewer", "customer_service"] as const;
export type TRole = (typeof ROLES)[number];

export const PERMISSIONS = {
  "members.manage": ["owner"],
  "audit.read": ["owner"],
  "settings.manage": ["owner"],
  "forms.edit": ["owner", "editor"],
  "submissions.read": ["owner", "handler"],
  /** Find a submission by its reference and see its state, timeline and delivery ledger (no contents). */
  "submissions.lookup": ["owner", "handler", "customer_service"],
  /** Retry or replay deliveries, release held submissions, export. */
  "submissions.handle": ["owner", "handler"],
  /** Delivery targets, webhook secrets, pull-API keys, the address allowlist. */
  "delivery.manage": ["owner"],
  /** Find and erase one person's data by henkilötunnus (GDPR requests). */
  "privacy.manage": ["owner"],
  "organization.read": ["owner", "editor", "handler", "viewer", "customer_service"],
} as const satisfies Record<string, readonly TRole[]>;

export type TPermission = keyof typeof PERMISSIONS;

export function hasPermission(role: TRole, permission: TPermission): boolean {
  return (PERMISSIONS[permission] as readonly TRole[]).includes(role);
}
