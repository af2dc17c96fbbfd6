/**
 * Writes the report in pieces, waiting whenever the pipe is full, so a slow reader never makes
 * the report pile up in memory; stops when the reader has gone (`| head`).
 */
export async function writeChunks(stream: NodeJS.WriteStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (stream.destroyed) return;
    if (!stream.write(chunk)) {
      await new Promise<void>((resume) => {
        stream.once("drain", resume);
        stream.once("close", resume);
      });
    }
  }
}
