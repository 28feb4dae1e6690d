// Verification codes: 26 Crockford base32 symbols (130 random bits), stored ungrouped and shown
// in groups of four so a person can read one aloud or type it from paper.
import { z } from "zod";

export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 26;

/** Encodes 26 random bytes, one symbol per byte: 256 is a multiple of 32, so every symbol is equally likely. */
export function encodeVerificationCode(random: Uint8Array): string {
  if (random.length !== CODE_LENGTH) throw new RangeError(`Need ${CODE_LENGTH} random bytes`);
  return Array.from(random, (byte) => CODE_ALPHABET[byte & 31]).join("");
}

/** "7K3MQ9TX…" → "7K3M-Q9TX-…". */
export function groupVerificationCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/**
 * What a person may type: any case, dashes or spaces anywhere, and the letters Crockford base32
 * reads as digits (I and L as 1, O as 0). Validated before any query touches the database.
 */
export const VerificationCodeSchema = z
  .string()
  .max(64)
  .transform((input) => input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0"))
  .pipe(z.string().regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`)));

export function parseVerificationCode(input: string | undefined): string | null {
  const parsed = VerificationCodeSchema.safeParse(input ?? "");
  return parsed.success ? parsed.data : null;
}
