import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import { checkGrid } from "../../../src/core/check/check-grid";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";

const LAOMO = packToTemplate(parsePack(laomoJson));

describe("a maximum keyed by a yes-no field says the condition in words", () => {
  it("帮扶金 paid to a 劳模 who is not 困难: 非困难劳模不发放特殊困难帮扶金, not “高于否的最高标准0元”", () => {
    const result = checkGrid(LAOMO, {
      sheet: "劳模",
      rows: [
        ["地区", "姓名", "身份证号码", "劳模级别", "是否困难劳模", "慰问金（元）", "特殊困难帮扶金（元）", "银行卡号", "户名"],
        ["城关区", "张三", "11010519491231002X", "全国", "否", 2000, 1000, "6222021234567890128", "张三"],
      ],
      today: new Date(Date.UTC(2018, 0, 15)),
    });
    const above = result.issues.find((issue) => issue.code === "amount-above-maximum")!;
    expect(above.cell).toBe("G2");
    expect(above.message).toBe("非困难劳模不发放特殊困难帮扶金，应为 0 元，此处 1000 元。");
    expect(above.messageEn).toContain("should be 0 yuan");
  });
});
