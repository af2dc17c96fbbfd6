import { crc32 } from "node:zlib";
import { CRC32_START, crc32Final, crc32Update } from "../../../src/adapters/xlsx/crc32";

describe("CRC-32 of inflated parts", () => {
  it("matches zlib's for any length and any split into chunks", () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 7919) & 0xff);
    for (const length of [0, 1, 7, 8, 9, 63, 1000]) {
      const part = bytes.subarray(0, length);
      const split = Math.floor(length / 3);
      const running = crc32Update(crc32Update(CRC32_START, part.subarray(0, split)), part.subarray(split));
      expect(crc32Final(running)).toBe(crc32(part));
    }
  });
});
