/** Redrawn at most this often: a terminal cannot show faster, and writing costs time. */
export const REDRAW_MS = 200;

/**
 * "正在读取… 12,345 行" on stderr while a large file is read, only on a terminal (a pipe or a
 * log file gets nothing), and erased when reading ends so the report starts on a clean line.
 */
export function progressLine(
  stream: NodeJS.WriteStream,
  describe: (rowsRead: number) => string = (rowsRead) => `正在读取… ${rowsRead.toLocaleString("en-US")} 行`,
): { update(rowsRead: number): void; done(): void } {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let shownAt = 0;
  let shown = false;
  return {
    update(rowsRead) {
      const now = Date.now();
      if (now - shownAt < REDRAW_MS) return;
      shownAt = now;
      shown = true;
      stream.write(`\r${describe(rowsRead)}\x1b[K`);
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
