/** Interface text for certificates; wired into the message tree as `certificates`. */
export const en = {};

export type CertificatesMessages = typeof en;
