/** Interface text for organizations; wired into the message tree as `organizations`. */
export const en = {};

export type OrganizationsMessages = typeof en;
