import { holderIsSomeoneElse, phoneOneDigitShort, sameIdAsFirstRow } from "./common-defects";
import type { PackRow, PackSample } from "./pack-sample";
import { AREA_CODES, PeopleFactory } from "./people";
import { seededRandom } from "./prng";

const REGIONS: readonly { region: string; areaCode: string; units: readonly string[] }[] = [
  { region: "地直", areaCode: AREA_CODES.哈密市, units: ["地区人民医院", "地区公路管理局", "地区供电公司"] },
  { region: "哈密市", areaCode: AREA_CODES.哈密市, units: ["哈密市棉纺厂", "哈密市建筑公司", "哈密市天山街道"] },
  { region: "巴里坤县", areaCode: AREA_CODES.巴里坤县, units: ["巴里坤县煤矿", "巴里坤县农机站", "巴里坤县人民医院"] },
  { region: "伊吾县", areaCode: AREA_CODES.伊吾县, units: ["伊吾县煤电公司", "伊吾县淖毛湖镇"] },
];

/**
 * Seed summary 篇3 (2): 76 名自治区级以上劳模, 20.4 万元 of 慰问金 and 特殊困难帮扶金. Here 6
 * national honourees get 3000 元 and 70 自治区 honourees 2000 元 (158,000), and the 23 困难劳模
 * among them 2000 元 of 帮扶金 each (46,000): 204,000 元.
 */
const LEVELS: readonly { level: string; count: number; yuan: number; honours: readonly string[] }[] = [
  { level: "全国", count: 6, yuan: 3000, honours: ["全国劳动模范", "全国先进工作者"] },
  { level: "省部级", count: 70, yuan: 2000, honours: ["自治区劳动模范", "自治区先进工作者"] },
];
const IN_HARDSHIP = 23;
const AID_YUAN = 2000;

/** The clean 劳模慰问 roster, region by region as the 地区 sends it. */
export function laomoRows(seed = 20180115): PackRow[] {
  const random = seededRandom(seed);
  const people = new PeopleFactory(random);
  const people76 = LEVELS.flatMap((plan) => Array.from({ length: plan.count }, () => plan));
  const hardship = new Set(random.shuffle(people76.map((_, i) => i)).slice(0, IN_HARDSHIP));
  const rows = people76.map((plan, i) => {
    const place = random.pick(REGIONS);
    const name = people.name();
    const { bankName, account } = people.bankCard();
    return {
      seq: null,
      region: place.region,
      unit: random.pick(place.units),
      name,
      idNumber: people.idNumber(place.areaCode, { from: 1945, to: 1975 }),
      modelLevel: plan.level,
      honour: random.pick(plan.honours),
      honourYear: random.int(1995, 2015),
      inHardship: hardship.has(i) ? "是" : "否",
      condolence: plan.yuan,
      hardshipAid: hardship.has(i) ? AID_YUAN : null,
      bankName,
      account,
      accountHolder: name,
      phone: people.mobile(),
      remark: null,
    } satisfies PackRow;
  });
  return REGIONS.flatMap((place) => rows.filter((row) => row.region === place.region)).map((row, i) => ({ ...row, seq: i + 1 }));
}

export const LAOMO_SAMPLE: PackSample = {
  packId: "laomo-weiwen",
  stem: "laomo-weiwen-hami",
  sheetName: "劳模慰问",
  title: "哈密地区2018年春节自治区级以上劳动模范慰问名册",
  filler: "填报单位：哈密地区总工会",
  footerDate: "2018年1月15日",
  columns: [
    { key: "seq", header: "序号", width: 6 },
    { key: "region", header: "地区", width: 10 },
    { key: "unit", header: "工作单位", width: 18 },
    { key: "name", header: "姓名", width: 16 },
    { key: "idNumber", header: "身份证号码", width: 21, text: true },
    { key: "modelLevel", header: "劳模级别", width: 9 },
    { key: "honour", header: "荣誉称号", width: 16 },
    { key: "honourYear", header: "授予年份", width: 9 },
    { key: "inHardship", header: "是否困难劳模", width: 9 },
    { key: "condolence", header: "慰问金（元）", width: 12, money: true },
    { key: "hardshipAid", header: "特殊困难帮扶金（元）", width: 14, money: true },
    { key: "bankName", header: "开户银行", width: 22 },
    { key: "account", header: "银行卡号", width: 22, text: true },
    { key: "accountHolder", header: "户名", width: 16 },
    { key: "phone", header: "联系电话", width: 13, text: true },
    { key: "remark", header: "备注", width: 10 },
  ],
  rows: laomoRows(),
  defects: [
    {
      code: "value-not-in-list",
      severity: "error",
      flagged: "modelLevel",
      description: "劳模级别写成“县级”（可选：全国、省部级、地市级；全国劳模、自治区级劳模等写法按同义词读）",
      where: (row) => row.modelLevel === "省部级",
      changes: () => ({ modelLevel: "县级" }),
    },
    {
      code: "amount-below-minimum",
      severity: "error",
      flagged: "condolence",
      description: "全国劳模的慰问金填了 1500 元（全国劳模不低于 2000 元）",
      where: (row) => row.modelLevel === "全国",
      changes: () => ({ condolence: 1500 }),
    },
    {
      code: "amount-above-maximum",
      severity: "error",
      flagged: "hardshipAid",
      description: "不是困难劳模，却发了特殊困难帮扶金",
      where: (row) => row.inHardship === "否",
      changes: () => ({ hardshipAid: AID_YUAN }),
    },
    holderIsSomeoneElse("account-holder-mismatch", "name", "秀兰", "户名是家属（与姓名不一致）", (_, i) => i > 20),
    {
      code: "id-invalid",
      severity: "error",
      flagged: "idNumber",
      description: "身份证号校验位错误（末位抄错）",
      where: (_, i) => i > 30,
      changes: (row) => ({ idNumber: String(row.idNumber).slice(0, 17) + (String(row.idNumber)[17] === "7" ? "3" : "7") }),
    },
    {
      code: "amount-invalid",
      severity: "error",
      flagged: "condolence",
      description: "慰问金写成大写“贰仟”（SUM 不计文字，合计随之少 2000）",
      where: (row, i) => i > 40 && row.inHardship === "否",
      changes: () => ({ condolence: "贰仟" }),
    },
    sameIdAsFirstRow("idNumber", "同一劳模在两个地区都报了（身份证号与第 4 行相同）", (row, i) => i > 50 && row.region !== "地直"),
    phoneOneDigitShort((_, i) => i > 60),
  ],
};
