import type { FieldKey } from "../fields";

/** How messages name a column, whatever header the unit used. */
export const FIELD_NAMES: Readonly<Record<FieldKey, { readonly zh: string; readonly en: string }>> = {
  seq: { zh: "序号", en: "No." },
  region: { zh: "地区", en: "region" },
  unit: { zh: "工作单位", en: "work unit" },
  name: { zh: "姓名", en: "name" },
  idNumber: { zh: "身份证号码", en: "ID number" },
  group: { zh: "人员类别", en: "recipient group" },
  hardshipType: { zh: "困难类别", en: "hardship type" },
  archiveLevel: { zh: "建档级别", en: "archive level" },
  archiveNo: { zh: "档案编号", en: "archive number" },
  modelWorker: { zh: "是否劳模", en: "model worker" },
  amount: { zh: "慰问金额", en: "amount" },
  payMethod: { zh: "发放方式", en: "payment method" },
  bankName: { zh: "开户银行", en: "bank" },
  account: { zh: "银行账号", en: "bank account" },
  accountHolder: { zh: "户名", en: "account holder" },
  phone: { zh: "联系电话", en: "phone" },
  remark: { zh: "备注", en: "remark" },
};
