import { AREA_CODES, PeopleFactory } from "./people";
import { seededRandom } from "./prng";

/** One roster row: a household, as the 统计表 shows it. */
export interface Household {
  readonly region: string;
  readonly unit: string;
  readonly name: string;
  readonly idNumber: string;
  readonly group: string;
  readonly hardshipType: string;
  readonly archiveLevel: string;
  readonly archiveNo: string;
  readonly modelWorker: "是" | "否";
  readonly amountYuan: number;
  readonly payMethod: string;
  readonly bankName: string;
  readonly account: string;
  readonly accountHolder: string;
  readonly phone: string;
  readonly remark: string;
}

/** How many households of a kind a region visits and what each receives. */
interface Batch {
  readonly count: number;
  readonly group: string;
  /** Empty for groups that need no archive (劳模, 一线职工, 农民工, 劳务派遣工). */
  readonly level: "" | "全总" | "省总" | "市总";
  readonly yuan: number;
}

interface RegionPlan {
  readonly region: string;
  readonly areaCodes: readonly string[];
  readonly archivePrefix: string;
  readonly units: readonly string[];
  readonly batches: readonly Batch[];
}

/**
 * The figures of seed summary 篇3: 地直 55 households (2 model workers) 61,000 元; 哈密市 125 (25)
 * 70,000; 巴里坤县 176 (48) 107,000; 伊吾县 44 (0) 36,000. Registered groups at 全总/省总 get at
 * least the notice's 1,000 元; smaller amounts go to 市总 archives and groups without one.
 */
export const HAMI_PLAN: readonly RegionPlan[] = [
  {
    region: "地直",
    areaCodes: Object.values(AREA_CODES),
    archivePrefix: "HMDZ",
    units: ["地区人民医院", "地区第一中学", "地区公路管理局", "地区供电公司", "地区邮政局", "地区环卫处", "地区农机公司"],
    batches: [
      { count: 1, group: "困难劳模", level: "全总", yuan: 2_000 },
      { count: 1, group: "劳模", level: "", yuan: 1_000 },
      { count: 12, group: "困难职工", level: "全总", yuan: 1_500 },
      { count: 20, group: "困难职工", level: "省总", yuan: 1_000 },
      { count: 10, group: "困难职工", level: "市总", yuan: 800 },
      { count: 6, group: "困难农民工", level: "省总", yuan: 1_000 },
      { count: 5, group: "一线职工", level: "", yuan: 1_200 },
    ],
  },
  {
    region: "哈密市",
    areaCodes: [AREA_CODES.哈密市],
    archivePrefix: "HMS",
    units: ["哈密市人民医院", "哈密市第三中学", "哈密市环卫局", "哈密市市政公司", "哈密市天山街道", "哈密市建筑公司", "哈密市棉纺厂"],
    batches: [
      { count: 5, group: "困难劳模", level: "省总", yuan: 1_000 },
      { count: 20, group: "劳模", level: "", yuan: 500 },
      { count: 10, group: "困难职工", level: "全总", yuan: 1_000 },
      { count: 10, group: "困难职工", level: "省总", yuan: 1_000 },
      { count: 30, group: "困难职工", level: "市总", yuan: 500 },
      { count: 20, group: "困难农民工", level: "市总", yuan: 400 },
      { count: 15, group: "一线职工", level: "", yuan: 400 },
      { count: 15, group: "劳务派遣工", level: "", yuan: 400 },
    ],
  },
  {
    region: "巴里坤县",
    areaCodes: [AREA_CODES.巴里坤县],
    archivePrefix: "BLK",
    units: ["巴里坤县人民医院", "巴里坤县第一中学", "巴里坤县农机站", "巴里坤县供销社", "巴里坤县煤矿", "巴里坤县建材厂"],
    batches: [
      { count: 8, group: "困难劳模", level: "全总", yuan: 1_500 },
      { count: 40, group: "劳模", level: "", yuan: 500 },
      { count: 15, group: "困难职工", level: "全总", yuan: 1_000 },
      { count: 15, group: "困难职工", level: "省总", yuan: 1_000 },
      { count: 40, group: "困难职工", level: "市总", yuan: 600 },
      { count: 18, group: "困难农民工", level: "市总", yuan: 500 },
      { count: 20, group: "一线职工", level: "", yuan: 300 },
      { count: 20, group: "农民工", level: "", yuan: 300 },
    ],
  },
  {
    region: "伊吾县",
    areaCodes: [AREA_CODES.伊吾县],
    archivePrefix: "YW",
    units: ["伊吾县人民医院", "伊吾县淖毛湖镇", "伊吾县煤电公司", "伊吾县中学", "伊吾县供销社"],
    batches: [
      { count: 10, group: "困难职工", level: "全总", yuan: 1_000 },
      { count: 10, group: "困难职工", level: "省总", yuan: 1_000 },
      { count: 10, group: "困难职工", level: "市总", yuan: 900 },
      { count: 8, group: "困难农民工", level: "市总", yuan: 500 },
      { count: 6, group: "一线职工", level: "", yuan: 500 },
    ],
  },
];

const HARDSHIP_TYPES = ["深度困难", "相对困难", "意外致困"];
const REMARKS = ["本人患病", "子女上学", "单亲家庭", "家属重病", "因灾致困"];

/** The clean roster, region by region, households shuffled within a region as units hand them in. */
export function hamiRoster(seed = 20180110): Household[] {
  const random = seededRandom(seed);
  const people = new PeopleFactory(random);
  return HAMI_PLAN.flatMap((plan) => {
    let archiveSeq = 0;
    const households = plan.batches.flatMap((batch) =>
      Array.from({ length: batch.count }, (): Household => {
        const registered = batch.group.startsWith("困难");
        const name = people.name();
        const { bankName, account } = people.bankCard();
        return {
          region: plan.region,
          unit: random.pick(plan.units),
          name,
          idNumber: people.idNumber(random.pick(plan.areaCodes)),
          group: batch.group,
          hardshipType: registered ? random.pick(HARDSHIP_TYPES) : "",
          archiveLevel: batch.level,
          archiveNo: registered ? `${plan.archivePrefix}2017${String(++archiveSeq).padStart(4, "0")}` : "",
          modelWorker: batch.group.includes("劳模") ? "是" : "否",
          amountYuan: batch.yuan,
          payMethod: random.next() < 0.08 ? "存折" : "银行卡",
          bankName,
          account,
          accountHolder: name,
          phone: people.mobile(),
          remark: registered && random.next() < 0.2 ? random.pick(REMARKS) : "",
        };
      }),
    );
    return random.shuffle(households);
  });
}
