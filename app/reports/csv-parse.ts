export type CsvParseResult = { ok: true; rows: { line: number; cells: string[] }[] } | { ok: false; line: number; problem: "unbalanced-quotes" };

/**
 * RFC 4180 records with the line each starts on. A quote left open is an error for the whole
 * file: guessing where the field ends would silently merge rows.
 */
export function parseCsv(text: string): CsvParseResult {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    cells.push(cell);
    // Blank lines (a lone empty cell) carry no record.
    if (cells.length > 1 || cells[0]!.trim() !== "") rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) return { ok: false, line: quoteLine, problem: "unbalanced-quotes" };
  if (cell !== "" || cells.length > 0) endRow();
  return { ok: true, rows };
}
