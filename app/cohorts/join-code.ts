/** No 0/O or 1/I/L, so a code read aloud or copied from a whiteboard is typed right. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function randomJoinCode(randomBytes: Uint8Array) {
  return Array.from(randomBytes.slice(0, JOIN_CODE_LENGTH), (b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** What people type: any case, with spaces or dashes. */
export function normalizeJoinCode(input: string) {
  return input.toUpperCase().replace(/[\s-]/g, "");
}
