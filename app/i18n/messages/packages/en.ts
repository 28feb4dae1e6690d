/** Interface text for packages; wired into the message tree as `packages`. */
export const en = {};

export type PackagesMessages = typeof en;
