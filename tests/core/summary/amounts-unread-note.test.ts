import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { Consolidation } from "../../../src/core/consolidate/consolidation";
import { reportDocument } from "../../../src/core/report/report-document";
import { reportSentence } from "../../../src/core/report/report-sentence";
import { renderSummary } from "../../../src/core/summary/render-summary";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

const HEADER = ["地区", "姓名", "身份证号", "人员类别", "慰问金额", "发放方式"];
const TODAY = new Date(2025, 0, 15);

/** Rows 2…: 伊州区 1,000 元 each, except the amounts given by row index. */
function roster(amounts: Record<number, CellValue> = {}, rows = 4): CellValue[][] {
  const ids = ["11010519491231002X", "440524188001010014", "34052419800101001X", "110105194912310021"];
  return [HEADER, ...Array.from({ length: rows }, (_, i) => ["伊州区", `职工${i + 1}`, ids[i % ids.length], "一线职工", i in amounts ? amounts[i] : 1000, "现金"])];
}

const check = (rows: CellValue[][], sheet = "名单") => checkGrid(SONGWENNUAN_TEMPLATE, { sheet, rows, today: TODAY });
const sentence = SONGWENNUAN_TEMPLATE.summaries[0].text;
const CAVEAT_E3_E5 = "以上金额不含 2 户无法识别的金额（E3、E5），请改正后重新生成";

describe("the summary says which amounts its figures leave out", () => {
  it("two unreadable amounts (text, an Excel error): counted as households, said beside the sentence, never inside it", () => {
    const result = check(roster({ 1: "壹仟元", 3: "#VALUE!" }));
    expect(result.amountsUnread).toEqual({ households: 2, where: ["E3", "E5"], allNamed: true });
    const rendered = renderSummary(sentence, result);
    // The households are all counted; only their amounts are missing from the sentence.
    expect(result.total).toMatchObject({ households: 4, amountFen: 200_000 });
    expect(rendered.warnings[0]).toBe(`${CAVEAT_E3_E5} / The amounts above leave out 2 household(s) whose amount could not be read (E3, E5); correct them and generate again`);
    expect(rendered.text).not.toContain("不含");
  });

  it("a clean roster shows no caveat", () => {
    const result = check(roster());
    expect(result.amountsUnread).toEqual({ households: 0, where: [], allNamed: true });
    expect(renderSummary(sentence, result).warnings.join("")).not.toContain("无法识别");
  });

  it("a sentence without an amount has nothing to caveat", () => {
    expect(renderSummary("共走访慰问{户数}户。", check(roster({ 1: "壹仟元" }))).warnings).toEqual([]);
  });

  it("a summed part (劳模's 帮扶金) unreadable is left out too; a 小计 column is no part of the amount", () => {
    const laomo = packToTemplate(parsePack(laomoJson));
    const rows: CellValue[][] = [
      ["地区", "姓名", "身份证号码", "劳模级别", "慰问金", "特殊困难帮扶金", "小计", "银行卡号", "户名"],
      ["城关区", "张三", "11010519491231002X", "全国", 2000, "贰仟", "四千", "6222021234567890128", "张三"],
    ];
    const result = checkGrid(laomo, { sheet: "劳模", rows, today: TODAY });
    expect(result.amountsUnread).toEqual({ households: 1, where: ["F2"], allNamed: true });
  });

  it("a consolidation names each county whose amounts were unreadable, with its cells", () => {
    const consolidation = new Consolidation();
    consolidation.add("伊州区.xlsx", check(roster({ 1: "壹仟元", 3: "#VALUE!" })));
    consolidation.add("巴里坤县.xlsx", check(roster()));
    consolidation.add("伊吾县.xlsx", check(roster({ 0: "一千" })));
    const consolidated = consolidation.finish();
    const caveat = "以上金额不含 3 户无法识别的金额（伊州区.xlsx E3、E5；伊吾县.xlsx E2），请改正后重新生成";
    expect(reportSentence(SONGWENNUAN_TEMPLATE, consolidated).warnings[0]).toBe(
      `${caveat} / The amounts above leave out 3 household(s) whose amount could not be read (伊州区.xlsx E3, E5; 伊吾县.xlsx E2); correct them and generate again`,
    );
    // The Word report's 【请核实】 paragraph carries the same fact, from the same sentence.
    const document = reportDocument({ forms: [{ template: SONGWENNUAN_TEMPLATE, consolidated, sentence: reportSentence(SONGWENNUAN_TEMPLATE, consolidated) }], date: { year: 2025, month: 1, day: 15 } });
    const verify = document.blocks.find((block) => block.kind === "paragraph" && block.text.startsWith("【请核实"));
    expect(verify).toMatchObject({ text: expect.stringContaining(caveat) });
  });

  it("past ten cells the count stays whole and the list says 等", () => {
    const amounts = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i, "待定"]));
    const result = check(roster(amounts, 12));
    expect(result.amountsUnread).toMatchObject({ households: 12, allNamed: false });
    expect(renderSummary(sentence, result).warnings[0]).toContain("以上金额不含 12 户无法识别的金额（E2、E3、E4、E5、E6、E7、E8、E9、E10、E11 等）");
  });
});

describe("a roster whose header lacks the amount column", () => {
  it("says beside the sentence that no amount was read, naming the column, not 0万元 alone", () => {
    const rows = roster().map((row) => [...row.slice(0, 4), ...row.slice(5)]);
    const result = check(rows);
    expect(result.issues.map((issue) => issue.code)).toContain("column-missing");
    expect(result.amountsUnread).toMatchObject({ households: 4, columnsMissing: [{ field: "慰问金额" }] });
    const rendered = renderSummary(sentence, result);
    expect(rendered.text).toContain("0万元");
    expect(rendered.warnings[0]).toMatch(/^以上金额不含 4 户无法识别的金额（表头里没有慰问金额列），请改正后重新生成 \/ The amounts above leave out 4 household\(s\) whose amount could not be read \(no .+ column in the header\)/);
  });
});
