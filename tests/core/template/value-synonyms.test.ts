import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import { checkGrid } from "../../../src/core/check/check-grid";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";
import { ReportError } from "../../../src/core/errors";

const HEADER = ["地区", "姓名", "身份证号码", "劳模级别", "是否困难劳模", "慰问金（元）", "银行卡号", "户名"];
const ROWS = [
  ["城关区", "张三", "11010519491231002X", "全国劳模", "否", 2000, "6222021234567890128", "张三"],
  ["城关区", "李四", "440524188001010014", "全国劳动模范", "否", 2000, "6222021234567890136", "李四"],
  ["七里河区", "王五", "34052419800101001X", "省部级劳模", "否", 1000, "6222021234567890144", "王五"],
  ["七里河区", "赵六", "110105194912310021", "自治区级劳模", "否", 1000, "6222021234567890151", "赵六"],
  ["七里河区", "钱七", "110105194912310048", "市级劳模", "否", 400, "6222021234567890169", "钱七"],
];

function laomo(): Record<string, any> {
  return JSON.parse(JSON.stringify(laomoJson));
}

describe("one-of values written as clerks write them (synonyms in the pack)", () => {
  const template = packToTemplate(parsePack(laomo()));
  const result = checkGrid(template, { sheet: "劳模", rows: [HEADER, ...ROWS], today: new Date(Date.UTC(2018, 0, 15)) });

  it("reads 全国劳模 and 全国劳动模范 as 全国, 省部级劳模 and 自治区级劳模 as 省部级, 市级劳模 as 地市级: no value-not-in-list", () => {
    expect(result.issues.filter((issue) => issue.code === "value-not-in-list")).toEqual([]);
    expect(result.groups.map((group) => [group.group, group.households])).toEqual([
      ["全国", 2],
      ["省部级", 2],
      ["地市级", 1],
    ]);
  });

  it("applies each level's minimum after reading the synonym: 市级劳模 400 元 is below 地市级's 500", () => {
    const below = result.issues.filter((issue) => issue.code === "amount-below-minimum").map((issue) => issue.cell);
    expect(below).toEqual(["F6"]);
  });

  it("refuses a synonym of a value the field does not list, and one given to two values", () => {
    const json = laomo();
    const level = json.fields.find((field: { key: string }) => field.key === "modelLevel");
    level.synonyms = { 全国: ["全国劳模"], 省级: ["省劳模"], 地市级: ["全国劳模"] };
    let error: unknown;
    try {
      parsePack(json);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ReportError);
    const lines = (error as ReportError).messageZh.replace(/^模板有误：/, "").split("；");
    expect(lines).toEqual([
      "fields[5].synonyms.省级: “省级”不是可选值之一（全国、省部级、地市级）",
      "fields[5].synonyms.地市级: “全国劳模”已是“全国”的同义词",
    ]);
  });

  it("refuses synonyms on a field that is not one-of", () => {
    const json = laomo();
    json.fields[1].synonyms = { 城关区: ["城关"] };
    expect(() => parsePack(json)).toThrow(/fields\[1\]\.synonyms: 仅 one-of 类型的字段可用此项/);
  });
});
