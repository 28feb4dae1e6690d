import { CSV_BOM, csvLine } from "./csv-format";

type Cell = string | number | null | undefined;

/**
 * A CSV response fed page by page, so memory stays flat however many rows there are: the next
 * page is only queried when the client has taken the previous one.
 */
export function csvResponse(filename: string, header: readonly string[], pages: AsyncIterable<Cell[][]>) {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
