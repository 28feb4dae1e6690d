/** Shared by server checks and UI, so a hidden button and a refused request never disagree. */
export const ROLES = ["learner", "trainer", "org-admin", "admin"] as const;
export type RoleName = (typeof ROLES)[number];

export type Permission =
  | "take:course"
  | "read:facilitator-notes"
  | "author:course"
  | "import:scorm-package"
  | "manage:cohort:own"
  | "read:report:org"
  | "manage:organization:own"
  | "manage:roles:any"
  | "waive:prerequisite:any"
  | "manage:certificate:any";

const ROLE_PERMISSIONS: Record<RoleName, readonly Permission[]> = {
  learner: ["take:course"],
  trainer: ["take:course", "read:facilitator-notes", "author:course", "import:scorm-package", "manage:cohort:own"],
  "org-admin": ["take:course", "read:report:org", "manage:organization:own"],
  admin: [
    "take:course",
    "read:facilitator-notes",
    "author:course",
    "import:scorm-package",
    "manage:cohort:own",
    "read:report:org",
    "manage:organization:own",
    "manage:roles:any",
    "waive:prerequisite:any",
    "manage:certificate:any",
  ],
};

export function isRoleName(value: string): value is RoleName {
  return (ROLES as readonly string[]).includes(value);
}

export function hasPermission(user: { roles: readonly { name: string }[] } | null | undefined, permission: Permission) {
  if (!user) return false;
  return user.roles.some((role) => isRoleName(role.name) && ROLE_PERMISSIONS[role.name].includes(permission));
}
