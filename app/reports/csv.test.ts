import { describe, expect, it } from "vitest";
import { csvLine } from "./csv-format";
import { parseCsv } from "./csv-parse";

describe("CSV", () => {
  it("quotes cells that need it and defuses formulas", () => {
    expect(csvLine(["a", 'say "hi"', "x,y", null, 3, "=SUM(A1)"])).toBe('a,"say ""hi""","x,y",,3,\'=SUM(A1)\r\n');
  });

  it("round-trips quoted fields with commas, quotes and line breaks", () => {
    const parsed = parseCsv('name,email\r\n"Doe, Jane",jane@example.org\n"Line\nbreak","q""uote"\n\n');
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ["name", "email"] },
        { line: 2, cells: ["Doe, Jane", "jane@example.org"] },
        { line: 3, cells: ["Line\nbreak", 'q"uote'] },
      ],
    });
  });

  it("refuses a quote that is never closed, naming its line", () => {
    expect(parseCsv('name,email\n"Open,a@b.org\nx,y\n')).toEqual({ ok: false, line: 2, problem: "unbalanced-quotes" });
  });
});
