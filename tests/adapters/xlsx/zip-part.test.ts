import { crc32, deflateRawSync } from "node:zlib";
import { DamagedPart } from "../../../src/adapters/xlsx/damaged-part";
import { readZipDirectory } from "../../../src/adapters/xlsx/zip-directory";
import { nodeInflater } from "../../../src/adapters/xlsx/inflate-node";
import { partBytes, partChunks, useRawInflater } from "../../../src/adapters/xlsx/zip-part";
import { zipArchive } from "../../../scripts/corpus/crafted-bytes";

const TEXT = "<sheetData>" + "<row><c><v>1000</v></c></row>".repeat(5000) + "</sheetData>";
const LIMIT = 64 * 1024 * 1024;

function onePart(compressed?: Uint8Array): { archive: Uint8Array; entry: NonNullable<ReturnType<typeof entryOf>> } {
  const archive = zipArchive([{ name: "part.xml", content: TEXT, compressed }]);
  return { archive, entry: entryOf(archive)! };
}

function entryOf(archive: Uint8Array) {
  return readZipDirectory(archive)?.get("part.xml");
}

function flipped(): Uint8Array {
  const compressed = new Uint8Array(deflateRawSync(Buffer.from(TEXT)));
  compressed[compressed.length >> 1] ^= 0x5a;
  return compressed;
}

/** With and without the platform's DecompressionStream (older browsers inflate with fflate), and with Node's zlib as the CLI sets it. */
describe.each([
  ["the platform's inflater", "native"],
  ["fflate", "fflate"],
  ["Node's zlib (the CLI's)", "node"],
])("a zip part inflated by %s", (_, inflater) => {
  const native = globalThis.DecompressionStream;
  beforeAll(() => {
    if (inflater === "fflate") Reflect.deleteProperty(globalThis, "DecompressionStream");
    if (inflater === "node") useRawInflater(nodeInflater);
  });
  afterAll(() => {
    globalThis.DecompressionStream = native;
    useRawInflater(null);
  });

  it("comes back whole, its size and CRC-32 verified", async () => {
    const { archive, entry } = onePart();
    expect(entry.crc32).toBe(crc32(Buffer.from(TEXT)));
    expect(Buffer.from(await partBytes(archive, entry, LIMIT)).toString("utf8")).toBe(TEXT);
  });

  it("is refused when bytes of its deflate stream are flipped", async () => {
    const { archive, entry } = onePart(flipped());
    await expect(partBytes(archive, entry, LIMIT)).rejects.toBeInstanceOf(DamagedPart);
  });

  it("stops inflating when its reader leaves early, and inflates again from the start", async () => {
    const { archive, entry } = onePart();
    for await (const chunk of partChunks(archive, entry, LIMIT)) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    expect((await partBytes(archive, entry, LIMIT)).length).toBe(TEXT.length);
  });

  it("is refused as oversized when it would inflate past the limit", async () => {
    const { archive, entry } = onePart();
    await expect(partBytes(archive, entry, 1024)).rejects.toMatchObject({ oversized: true });
  });
});
