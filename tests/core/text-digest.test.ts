import { textDigest } from "../../src/core/text-digest";

describe("textDigest", () => {
  it("gives the same text the same short digest and tells near-identical texts apart", () => {
    const note = "第12行缺少姓名\n金额低于最低标准1000元";
    expect(textDigest(note)).toBe(textDigest(`${note}`));
    expect(textDigest(note).length).toBeLessThanOrEqual(11);
    const variants = [note, `${note} `, note.replace("12", "13"), note.replace("1000", "100"), "", "a"];
    expect(new Set(variants.map(textDigest)).size).toBe(variants.length);
  });
});
