/** Excel only reads a CSV as UTF-8 when it starts with a byte order mark. */
export const CSV_BOM = "\uFEFF";

// Cells starting with these are run as formulas by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 line: quoted when needed, formula-looking text defused with a leading quote. */
export function csvLine(cells: readonly (string | number | null | undefined)[]) {
  return (
    cells
      .map((cell) => {
        if (cell === null || cell === undefined) return "";
        let text = String(cell);
        if (typeof cell === "string" && FORMULA_START.test(text)) text = `'${text}`;
        return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
      })
      .join(",") + "\r\n"
  );
}
