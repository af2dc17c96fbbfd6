import { toDaxie } from "../../../src/core/format/daxie";

const yuan = (y: number) => Math.round(y * 100);

describe("toDaxie", () => {
  describe("the examples of 《支付结算办法》 and the domain notes", () => {
    it.each([
      [1_409.5, "壹仟肆佰零玖元伍角"],
      [6_007.14, "陆仟零柒元壹角肆分"],
      [107_000.53, "壹拾万零柒仟元伍角叁分"],
      [16_409.02, "壹万陆仟肆佰零玖元零贰分"],
      [325.04, "叁佰贰拾伍元零肆分"],
      [1_680.32, "壹仟陆佰捌拾元叁角贰分"],
      [274_000, "贰拾柒万肆仟元整"],
      [345_000_000, "叁亿肆仟伍佰万元整"],
    ])("¥%p is %s", (amount, text) => {
      expect(toDaxie(yuan(amount))).toBe(text);
    });
  });

  describe("zero and small amounts", () => {
    it.each([
      [0, "零元整"],
      [0.05, "伍分"],
      [0.5, "伍角"],
      [0.55, "伍角伍分"],
      [1, "壹元整"],
      [10.05, "壹拾元零伍分"],
      [10.5, "壹拾元伍角"],
      [10, "壹拾元整"],
      [15, "壹拾伍元整"],
      [100.1, "壹佰元壹角"],
    ])("¥%p is %s", (amount, text) => {
      expect(toDaxie(yuan(amount))).toBe(text);
    });
  });

  describe("runs of zeros inside the number are one 零, also across 万 and 亿", () => {
    it.each([
      [1_001, "壹仟零壹元整"],
      [1_010, "壹仟零壹拾元整"],
      [1_100, "壹仟壹佰元整"],
      [10_000, "壹万元整"],
      [10_001, "壹万零壹元整"],
      [10_010, "壹万零壹拾元整"],
      [100_100, "壹拾万零壹佰元整"],
      [110_000, "壹拾壹万元整"],
      [1_000_100, "壹佰万零壹佰元整"],
      [10_000_100, "壹仟万零壹佰元整"],
      [61_000, "陆万壹仟元整"],
      [70_000, "柒万元整"],
      [36_000, "叁万陆仟元整"],
      [100_000_000, "壹亿元整"],
      [100_010_000, "壹亿零壹万元整"],
      [100_000_001, "壹亿零壹元整"],
      [110_000_000, "壹亿壹仟万元整"],
      [1_000_000_000, "壹拾亿元整"],
      [1_234_567_890.12, "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分"],
      [1_000_000_000_000, "壹万亿元整"],
    ])("¥%p is %s", (amount, text) => {
      expect(toDaxie(yuan(amount))).toBe(text);
    });
  });

  it("marks a negative amount with 负", () => {
    expect(toDaxie(yuan(-1_409.5))).toBe("负壹仟肆佰零玖元伍角");
  });

  it("refuses fractions of a fen", () => {
    expect(() => toDaxie(0.5)).toThrow(RangeError);
  });
});
