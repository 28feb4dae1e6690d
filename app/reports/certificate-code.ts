/** Certificate codes are shown in groups of four so people can read them out and type them. */
export function formatCertificateCode(code: string) {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

export function verifyPath(code: string) {
  return `/verify/${code}`;
}
