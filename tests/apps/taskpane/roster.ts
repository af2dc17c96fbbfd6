import type { CellValue } from "../../../src/core/cell";

/**
 * A small 送温暖 roster with two binding errors: 李四 (row 4) gets 500 元 though 全总 archives
 * need at least 1000, and 王五's ID (row 5, D5) has a wrong check character.
 */
export const ROSTER: CellValue[][] = [
  ["2024年元旦春节送温暖慰问花名册"],
  ["序号", "地区", "姓名", "身份证号码", "人员类别", "建档级别", "档案编号", "慰问金额（元）", "银行卡号", "户名"],
  [1, "伊州区", "张三", "11010519491231002X", "困难职工", "全总", "QZ001", 1500, "6222021234567890128", "张三"],
  [2, "伊州区", "李四", "440524188001010014", "困难职工", "全总", "QZ002", 500, "6222021234567890136", "李四"],
  [3, "巴里坤县", "王五", "110105194912310021", "劳模", null, null, 2000, "6222021234567890144", "王五"],
];

export const NOT_A_ROSTER: CellValue[][] = [["会议纪要"], ["时间", "地点", "议题"]];
