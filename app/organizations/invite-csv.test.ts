import { describe, expect, it } from "vitest";
import { readInviteCsv } from "./invite-csv";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readInviteCsv", () => {
  it("accepts good rows and reports each bad one with its reason", () => {
    const result = readInviteCsv(bytes("\uFEFFEmail , NAME\nana@example.org,Ana\nnot-an-email,Bo\nana@example.org,Ana again\n,Cy\n"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.line, r.ok])).toEqual([[2, true], [3, false], [4, false], [5, false]]);
    expect(result.rows[1]).toMatchObject({ reasons: [{ field: "email", key: "errors.invalidEmail" }] });
    expect(result.rows[2]).toMatchObject({ reasons: [{ field: "email", key: "organizations.csv.duplicateInFile" }] });
    expect(result.rows[3]).toMatchObject({ reasons: [{ field: "email", key: "errors.required" }] });
  });

  it("refuses the whole file for wrong headers, other encodings and binary junk", () => {
    expect(readInviteCsv(bytes("first,last\na,b\n"))).toMatchObject({ ok: false, problem: { key: "organizations.csv.badHeaders" } });
    expect(readInviteCsv(Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x2c, 0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0x4a, 0xe9, 0x2c, 0x61, 0x40, 0x62, 0x2e, 0x6f]))).toMatchObject({
      ok: false,
      problem: { key: "organizations.csv.notUtf8" },
    });
    expect(readInviteCsv(new Uint8Array(2_000_000))).toMatchObject({ ok: false, problem: { key: "organizations.csv.tooLarge" } });
    expect(readInviteCsv(bytes("name,email\n"))).toMatchObject({ ok: false, problem: { key: "organizations.csv.empty" } });
  });
});
