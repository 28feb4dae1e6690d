import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, encodeVerificationCode, groupVerificationCode, parseVerificationCode } from "./verification-code";

describe("verification codes", () => {
  it("encodes 26 random bytes as 26 Crockford symbols, each equally likely", () => {
    const code = encodeVerificationCode(crypto.randomBytes(26));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    // 26 symbols of 5 bits each: 130 bits, at least the 128 required.
    expect(Math.log2(CODE_ALPHABET.length) * code.length).toBeGreaterThanOrEqual(128);
    expect(encodeVerificationCode(Uint8Array.from({ length: 26 }, (_, i) => i * 32 + (i % 32)))).toBe(CODE_ALPHABET.slice(0, 26));
    expect(() => encodeVerificationCode(new Uint8Array(16))).toThrow(RangeError);
  });

  it("groups in fours for people", () => {
    expect(groupVerificationCode("7K3MQ9TXABCDEFGHJKMNPQRSTV")).toBe("7K3M-Q9TX-ABCD-EFGH-JKMN-PQRS-TV");
  });

  it("accepts grouped, spaced, lower-case and misread input, and rejects anything else", () => {
    const code = "7K3MQ9TXABCDEFGHJKMNPQRST0";
    expect(parseVerificationCode("7k3m-q9tx-abcd-efgh-jkmn-pqrs-to")).toBe(code);
    expect(parseVerificationCode(" 7K3M Q9TX ABCD EFGH JKMN PQRS T0 ")).toBe(code);
    expect(parseVerificationCode("7K3MQ9TXABCDEFGHJKMNPQRSTi")).toBe("7K3MQ9TXABCDEFGHJKMNPQRST1");
    for (const bad of [undefined, "", "7K3M", `${code}0`, "7K3MQ9TXABCDEFGHJKMNPQRSTU", "' OR 1=1 --", "x".repeat(1000)]) {
      expect(parseVerificationCode(bad)).toBeNull();
    }
  });
});
