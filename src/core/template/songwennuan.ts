import { BUILTIN_SUMMARIES } from "../summary/builtin-summaries";
import type { FieldSpec, Template } from "./schema";

const field = (key: FieldSpec["key"], label: string, aliases: string[], required = false): FieldSpec => ({
  key,
  label,
  aliases,
  required,
});

/** The 送温暖 roster as the notice describes it: aliases are those seen on real unit sheets. */
export const SONGWENNUAN_TEMPLATE: Template = {
  id: "songwennuan",
  name: "送温暖慰问花名册",
  fields: [
    field("seq", "序号", ["序号", "序"]),
    field("region", "地区", ["地区", "所属地区", "所在地区", "县(市、区)", "县市区", "县区", "片区", "乡镇", "街道", "乡镇(街道)"], true),
    field("unit", "工作单位", ["单位", "工作单位", "所在单位", "单位名称", "基层工会"]),
    field("name", "姓名", ["姓名", "职工姓名", "户主姓名", "困难职工姓名", "劳模姓名", "慰问对象"], true),
    field("idNumber", "身份证号码", ["身份证号", "身份证号码", "身份证", "公民身份号码", "居民身份证号", "证件号码"]),
    field("group", "人员类别", ["人员类别", "人员类型", "慰问类别", "慰问对象类别", "对象类别", "对象类型", "类别"]),
    field("hardshipType", "困难类别", ["困难类别", "困难类型", "困难程度"]),
    field("archiveLevel", "建档级别", ["档案级别", "建档级别", "建档标准"]),
    field("archiveNo", "档案编号", ["档案编号", "档案号", "职工编号", "建档编号"]),
    field("modelWorker", "是否劳模", ["是否劳模", "劳模", "劳模类型"]),
    field("amount", "慰问金额（元）", ["慰问金额", "慰问金", "金额", "发放金额", "帮扶金额", "救助金额"], true),
    field("payMethod", "发放方式", ["发放方式", "发放形式", "发放途径"]),
    field("bankName", "开户银行", ["开户银行", "开户行"]),
    field("account", "银行卡号", ["银行卡号", "银行账号", "银行卡账号", "账号", "卡号", "存折号", "存折账号"]),
    field("accountHolder", "户名", ["户名", "开户名", "开户人", "开户人姓名", "持卡人", "持卡人姓名", "账户名", "账户名称"]),
    field("phone", "联系电话", ["联系电话", "手机号码", "手机号", "手机", "电话", "联系方式"]),
    field("remark", "备注", ["备注"]),
  ],
  rules: {
    archiveLevels: ["全总", "省总", "市总"],
    archiveGroups: ["困难职工", "困难劳模", "困难农民工"],
    // The notice: 全总、省总级困难职工原则上每户不低于1000元; 市总 sets no floor.
    minimums: [
      { level: "全总", minYuan: 1000 },
      { level: "省总", minYuan: 1000 },
    ],
    // 送温暖 tiers on record run 500–2,000 元 a household; the largest aid of any kind seen is 12,450 元 (助学).
    amountCeilingYuan: 20000,
    bankPayMethods: ["银行卡", "存折"],
    cashPayMethods: ["现金"],
    modelWorkerYes: ["是"],
  },
  summaries: [...BUILTIN_SUMMARIES],
};
