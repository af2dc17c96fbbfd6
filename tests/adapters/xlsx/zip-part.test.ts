import { crc32, deflateRawSync } from "node:zlib";
import { DamagedPart } from "../../../src/adapters/xlsx/damaged-part";
import { readZipDirectory } from "../../../src/adapters/xlsx/zip-directory";
import { partBytes } from "../../../src/adapters/xlsx/zip-part";
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

/** With and without the platform's DecompressionStream: older browsers inflate with fflate. */
describe.each([
  ["the platform's inflater", false],
  ["fflate", true],
])("a zip part inflated by %s", (_, withoutNative) => {
  const native = globalThis.DecompressionStream;
  beforeAll(() => {
    if (withoutNative) Reflect.deleteProperty(globalThis, "DecompressionStream");
  });
  afterAll(() => {
    globalThis.DecompressionStream = native;
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

  it("is refused as oversized when it would inflate past the limit", async () => {
    const { archive, entry } = onePart();
    await expect(partBytes(archive, entry, 1024)).rejects.toMatchObject({ oversized: true });
  });
});
