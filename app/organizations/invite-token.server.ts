import crypto from "node:crypto";

/** 32 random bytes for the link; only the SHA-256 is stored, so a database leak opens no door. */
export function newInviteToken() {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string) {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** The organization's shareable link is an invite row with this address in place of an email. */
export const SHARED_LINK_EMAIL = "*";

export function inviteUrl(origin: string, token: string) {
  return `${origin}/join/org/${token}`;
}
