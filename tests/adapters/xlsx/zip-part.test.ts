import { crc32, deflateRawSync } from "node:zlib";
import { DamagedPart } from "../../../src/adapters/xlsx/damaged-part";
import { readZipDirectory } from "../../../src/adapters/xlsx/zip-directory";
import { nodeInflater } from "../../../src/adapters/xlsx/inflate-node";
import { partBytes, partChunks, useRawInflater } from "../../../src/adapters/xlsx/zip-part";
import { zipArchive } from "../../../scripts/corpus/crafted-bytes";

/** Numbers that do not repeat: over a megabyte compressed, so the CLI's inflater takes it rather than leaving it to the platform's. */
const TEXT = "<sheetData>" + Array.from({ length: 200_000 }, (_, i) => `<row><c><v>${(i * 2654435761) % 4294967291}</v></c></row>`).join("") + "</sheetData>";
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
    expect(entry.compressedSize).toBeGreaterThan(1 << 20);
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

/** A 1,000-row roster's sheet is ~500 KB of XML: Node's zlib inflates a part that small in one call. */
describe("a small part inflated by Node's zlib (the CLI's), in one call", () => {
  const SMALL = TEXT.slice(0, 400_000);
  const small = (part: Partial<Parameters<typeof zipArchive>[0][number]> = {}) => {
    const archive = zipArchive([{ name: "part.xml", content: SMALL, ...part }]);
    return { archive, entry: entryOf(archive)! };
  };
  beforeAll(() => useRawInflater(nodeInflater));
  afterAll(() => useRawInflater(null));

  it("comes back whole, as one chunk, its size and CRC-32 verified", async () => {
    const { archive, entry } = small();
    expect(entry.size).toBeLessThan(1 << 20);
    const chunks: Uint8Array[] = [];
    for await (const chunk of partChunks(archive, entry, LIMIT)) chunks.push(chunk);
    expect(chunks).toHaveLength(1);
    expect(Buffer.from(chunks[0]).toString("utf8")).toBe(SMALL);
  });

  it("is refused, as by the streaming inflater, when bytes of its deflate stream are flipped", async () => {
    const compressed = new Uint8Array(deflateRawSync(Buffer.from(SMALL)));
    compressed[compressed.length >> 1] ^= 0x5a;
    const { archive, entry } = small({ compressed });
    await expect(partBytes(archive, entry, LIMIT)).rejects.toBeInstanceOf(DamagedPart);
  });

  it("is refused when it inflates past the size its entry records, not held whole past it", async () => {
    const { archive, entry } = small({ size: 1000 });
    await expect(partBytes(archive, entry, LIMIT)).rejects.toMatchObject({ detailEn: "it inflates past its recorded size" });
  });

  it("is refused with a CRC-32 that does not match", async () => {
    const { archive, entry } = small({ crc: 12345 });
    await expect(partBytes(archive, entry, LIMIT)).rejects.toMatchObject({ detailEn: "its CRC-32 check fails" });
  });
});
