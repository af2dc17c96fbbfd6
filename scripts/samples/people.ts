import { idCheckCharacter, luhnDigit } from "./check-digits";
import type { Random } from "./prng";

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "建国华明芳秀英丽军伟强敏静燕桂兰玉梅红霞志刚海涛文斌永平德福春生荣成亮红梅新民晓东立新凤琴淑珍国庆学军彦龙振华玉兰雪梅金花长青宏伟";
/** 哈密 has Uyghur and Kazakh households; their names are written with a middle dot. */
const MINORITY_NAMES = [
  "买买提·吐尔逊", "阿依古丽·买买提", "艾力·阿不都拉", "古丽娜尔·吾斯曼", "吐尔洪·艾买提", "热依汗古丽·阿不力孜",
  "努尔兰·哈力木", "阿依努尔·托合提", "依明·艾则孜", "帕提古丽·热合曼", "叶尔兰·别克", "迪丽拜尔·吐逊",
  "阿不力米提·卡德尔", "玛依拉·沙吾提", "卡米力·尼亚孜", "巴合提古丽·努尔", "吾斯曼·阿吾提", "米日古丽·依米提",
];

/** 6522xx: 哈密市, 巴里坤哈萨克自治县, 伊吾县 (the 2018 codes of 哈密地区). */
export const AREA_CODES = { 哈密市: "652201", 巴里坤县: "652222", 伊吾县: "652223" } as const;

const BANKS = [
  { name: "中国农业银行哈密分行", bin: "622848", length: 19 },
  { name: "中国工商银行哈密分行", bin: "622202", length: 19 },
  { name: "中国建设银行哈密分行", bin: "621700", length: 19 },
  { name: "中国银行哈密分行", bin: "621661", length: 19 },
  { name: "中国邮政储蓄银行哈密分行", bin: "621799", length: 19 },
  { name: "新疆农村信用社", bin: "622230", length: 16 },
] as const;

const MOBILE_PREFIXES = ["138", "139", "135", "150", "151", "158", "187", "189", "133", "180", "181", "199", "177", "136"];

/** Makes plausible, unique personal data: names, ID numbers, bank cards, mobiles. */
export class PeopleFactory {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  name(): string {
    return this.unique(() =>
      this.random.next() < 0.15
        ? this.random.pick(MINORITY_NAMES)
        : this.random.pick([...SURNAMES]) + this.given(),
    );
  }

  /** A Han name with the given surname: a child named after a parent. */
  nameWithSurname(surname: string): string {
    return this.unique(() => surname + this.given());
  }

  /** An 18-character ID with a real birth date (by default 1950–1995) and a correct check character. */
  idNumber(areaCode: string, born: { readonly from: number; readonly to: number } = { from: 1950, to: 1995 }): string {
    return this.unique(() => {
      const year = this.random.int(born.from, born.to);
      const month = this.random.int(1, 12);
      const day = this.random.int(1, 28);
      const first17 = areaCode + year + pad(month) + pad(day) + this.random.digits(3);
      return first17 + idCheckCharacter(first17);
    });
  }

  bankCard(): { bankName: string; account: string } {
    const bank = this.random.pick(BANKS);
    const account = this.unique(() => {
      const body = bank.bin + this.random.digits(bank.length - bank.bin.length - 1);
      return body + luhnDigit(body);
    });
    return { bankName: bank.name, account };
  }

  mobile(): string {
    return this.unique(() => this.random.pick(MOBILE_PREFIXES) + this.random.digits(8));
  }

  private given(): string {
    const chars = [...GIVEN];
    return this.random.next() < 0.35 ? this.random.pick(chars) : this.random.pick(chars) + this.random.pick(chars);
  }

  private unique(make: () => string): string {
    for (;;) {
      const value = make();
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
