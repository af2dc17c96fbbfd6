import type { IssueCode, Severity } from "../check/types";

export interface MessageText {
  readonly zh: string;
  readonly en: string;
}

export interface MessageEntry {
  readonly severity: Severity;
  /** The rule's name, as lists group issues under it. */
  readonly title: MessageText;
  /** `default`, or a variant a rule names (why an ID is wrong…). Slots are `{param}`. */
  readonly variants: Readonly<Record<string, MessageText>>;
}

/**
 * Every message a check can give, each saying what to do. None has a slot for an ID, account
 * or phone number: those appear only masked, in Issue.shownValue. {written} quotes a number whose
 * digits are already lost (6.52201E+17), so the clerk can find the cell; nothing personal is left in it.
 */
export const MESSAGES: Readonly<Record<IssueCode, MessageEntry>> = {
  "column-missing": {
    severity: "error",
    title: { zh: "缺少必需的列", en: "Required column missing" },
    variants: {
      default: {
        zh: "表头里没有{field}列（可写作 {headings}）：各行的{field}都未校验，其余各项照常校验。请补上这一列，或在列对应中指明哪一列是{field}。",
        en: "The header has no {fieldEn} column (headed {headingsEn}): no row's {fieldEn} was checked; everything else was. Add the column, or say in the column mapping which column it is.",
      },
      near: {
        zh: "表头里没有{field}列（可写作 {headings}）：各行的{field}都未校验，其余各项照常校验。表头中的“{heading}”可能就是这一列：可在列对应中把它选为{field}。",
        en: "The header has no {fieldEn} column (headed {headingsEn}): no row's {fieldEn} was checked; everything else was. The column headed “{heading}” may be it: choose it as the {fieldEn} in the column mapping.",
      },
    },
  },
  "required-missing": {
    severity: "error",
    title: { zh: "必填项未填", en: "Required value missing" },
    variants: {
      default: { zh: "{field}为空：请填写{field}。", en: "The {fieldEn} is empty: fill it in." },
      when: { zh: "{field}为空：{whenField}为{whenValue}的，须填写{field}。", en: "The {fieldEn} is empty: it is required where the {whenFieldEn} is {whenValue}." },
    },
  },
  "amount-invalid": {
    severity: "error",
    title: { zh: "金额无法识别", en: "Amount not readable" },
    variants: {
      default: {
        zh: "慰问金额不是有效的金额：请填写数字，如 1000 或 1,000.00（单位{unit}）。",
        en: "The amount is not a valid number: enter digits such as 1000 or 1,000.00 (in {unitEn}).",
      },
      field: {
        zh: "{field}不是有效的金额：请填写数字，如 1000 或 1,000.00（单位{unit}）。",
        en: "The {fieldEn} is not a valid amount: enter digits such as 1000 or 1,000.00 (in {unitEn}).",
      },
      personalNumber: {
        zh: "金额一栏填的像是手机号或身份证号，不是金额：请改填慰问金额（单位{unit}），号码填到它自己的列。",
        en: "The amount column holds what looks like a phone or ID number, not an amount: enter the amount (in {unitEn}) and put the number in its own column.",
      },
      uncalculated: {
        zh: "慰问金额是公式，但文件里没有保存它的计算结果（#公式未计算）：请用 Excel 或 WPS 打开此文件并保存（保存时会算出结果），或直接填写金额（单位{unit}）。",
        en: "The amount is a formula the file keeps no result for (#公式未计算): open the file in Excel or WPS and save it (saving calculates it), or type the amount (in {unitEn}).",
      },
      uncalculatedField: {
        zh: "{field}是公式，但文件里没有保存它的计算结果（#公式未计算）：请用 Excel 或 WPS 打开此文件并保存（保存时会算出结果），或直接填写{field}（单位{unit}）。",
        en: "The {fieldEn} is a formula the file keeps no result for (#公式未计算): open the file in Excel or WPS and save it (saving calculates it), or type the {fieldEn} (in {unitEn}).",
      },
    },
  },
  "archive-missing": {
    severity: "error",
    title: { zh: "未建档", en: "No archive" },
    variants: {
      default: {
        zh: "档案编号为空：{who}须先建档、后帮扶，请填写档案编号。",
        en: "The archive number is empty: {who} must be registered (archive first, then aid); enter the archive number.",
      },
    },
  },
  "amount-below-minimum": {
    severity: "error",
    title: { zh: "低于最低慰问标准", en: "Below the minimum amount" },
    variants: {
      default: {
        zh: "慰问金额{amountYuan}元低于{who}的最低标准{minYuan}元：请按标准发放，每户不低于{minYuan}元。",
        en: "The amount {amountYuan} yuan is below the minimum of {minYuan} yuan for {who}: pay at least {minYuan} yuan per household.",
      },
      field: {
        zh: "{field}{amountYuan}元低于{who}的最低标准{minYuan}元：请按标准发放，不低于{minYuan}元。",
        en: "The {fieldEn} of {amountYuan} yuan is below the minimum of {minYuan} yuan for {who}: pay at least {minYuan} yuan.",
      },
    },
  },
  "id-invalid": {
    severity: "error",
    title: { zh: "身份证号有误", en: "Invalid ID number" },
    variants: {
      numeric: {
        zh: "身份证号码被保存成了数字（单元格显示为 {written}），15位以后的数字已经丢失：请把该列设置为“文本”格式，再按身份证重新录入。",
        en: "The ID number was saved as a number (the cell shows {written}) and its digits after the 15th are lost: format the column as Text and enter the ID again from the card.",
      },
      chars: {
        zh: "身份证号码含有数字和末位X以外的字符：请核对后重新填写。",
        en: "The ID number contains characters other than digits and a final X: check and re-enter it.",
      },
      length: {
        zh: "身份证号码应为18位，现在是{length}位：请核对后重新填写。",
        en: "An ID number has 18 characters, this one has {length}: check and re-enter it.",
      },
      area: {
        zh: "身份证号码前两位不是有效的省级代码：请核对后重新填写。",
        en: "The first two digits of the ID number are not a valid province code: check and re-enter it.",
      },
      "birth-date": {
        zh: "身份证号码中的出生日期不存在：请核对第7至14位。",
        en: "The birth date inside the ID number does not exist: check characters 7 to 14.",
      },
      future: {
        zh: "身份证号码中的出生日期晚于今天：请核对第7至14位。",
        en: "The birth date inside the ID number is after today: check characters 7 to 14.",
      },
      "check-char": {
        zh: "身份证号码校验位不对，号码中有抄错的数字：请对照身份证核对。",
        en: "The ID number's check character is wrong, so a digit was mistyped: compare it with the ID card.",
      },
    },
  },
  "amount-implausible": {
    severity: "warning",
    title: { zh: "金额过大", en: "Amount implausibly large" },
    variants: {
      default: {
        zh: "慰问金额{amountYuan}元，超过每户{ceilingYuan}元的上限：请核对是否多打了0或填错了行。",
        en: "The amount of {amountYuan} yuan is above the ceiling of {ceilingYuan} yuan per household: check for an extra 0 or a value in the wrong row.",
      },
      field: {
        zh: "{field}{amountYuan}元，超过{ceilingYuan}元的上限：请核对是否多打了0或填错了行。",
        en: "The {fieldEn} of {amountYuan} yuan is above the ceiling of {ceilingYuan} yuan: check for an extra 0 or a value in the wrong row.",
      },
      wan: {
        zh: "金额列的单位是万元，{typed}万元即每户{amountYuan}元：多半是把元数填进了万元列，请改为{asWan}（万元），或把表头改为“慰问金额（元）”。",
        en: "The amount column is in 10,000 yuan, so {typed} means {amountYuan} yuan for one household: a yuan figure was probably typed into it; enter {asWan} (in 10,000 yuan), or change the header to 慰问金额（元）.",
      },
    },
  },
  "amount-unit-suspect": {
    severity: "warning",
    title: { zh: "金额单位疑为万元", en: "Amounts look like 10,000 yuan" },
    variants: {
      default: {
        zh: "{field}列（{column}列）没有写单位，按元读取；但{positive}个金额中有{small}个不到10元（{examples}），像是以万元填写的（0.1万元即1,000元）。按元计合计{sumYuan}元，若是万元则为{asWanYuan}元：合计和总结中的金额在确认单位前都不可信。若单位是万元，请把表头改为“{field}（万元）”或在表头上方加一行“单位：万元”后重新校验；若确是元，请逐一核对这些金额。",
        en: "The {fieldEn} column ({column}) states no unit and was read in yuan, but {small} of its {positive} amounts are under 10 yuan ({examplesEn}), as if written in 10,000 yuan (0.1 = 1,000 yuan). In yuan the total is {sumYuan}; in 10,000 yuan it would be {asWanYuan} yuan: neither the total nor the summary can be trusted until the unit is settled. If the unit is 10,000 yuan, head the column “{field}（万元）” or add a line “单位：万元” above the header and check again; if it is yuan, check each of these amounts.",
      },
      statedYuan: {
        zh: "{field}列（{column}列）写明单位是元，但{positive}个金额中有{small}个不到10元（{examples}），像是以万元填写的（0.1万元即1,000元）。按元计合计{sumYuan}元，若是万元则为{asWanYuan}元：合计和总结中的金额在确认单位前都不可信。若这些是万元数，请把表头改为“{field}（万元）”后重新校验，或改填元数；若确是元，请逐一核对这些金额。",
        en: "The {fieldEn} column ({column}) is headed in yuan, but {small} of its {positive} amounts are under 10 yuan ({examplesEn}), as if written in 10,000 yuan (0.1 = 1,000 yuan). In yuan the total is {sumYuan}; in 10,000 yuan it would be {asWanYuan} yuan: neither the total nor the summary can be trusted until the unit is settled. If they are in 10,000 yuan, head the column “{field}（万元）” and check again, or enter the yuan figures; if they are yuan, check each of these amounts.",
      },
    },
  },
  "amount-text": {
    severity: "warning",
    title: { zh: "金额是文本", en: "Amount stored as text" },
    variants: {
      default: {
        zh: "慰问金额“{text}”带有文字，Excel 把它当作文本：本工具按{amountYuan}元计入，但 Excel 的求和（SUM）会漏掉它；请去掉“元”等文字，只填数字。",
        en: "The amount \"{text}\" carries words, so Excel takes it as text: it is counted here as {amountYuan} yuan, but Excel's SUM leaves it out; remove words such as 元 and enter the number only.",
      },
      digits: {
        zh: "慰问金额“{text}”是以文本保存的数字：本工具按{amountYuan}元计入，但 Excel 的求和（SUM）会漏掉它；请选中该单元格，点旁边的感叹号选“转换为数字”。",
        en: "The amount \"{text}\" is a number stored as text: it is counted here as {amountYuan} yuan, but Excel's SUM leaves it out; select the cell, click the warning sign beside it and choose Convert to Number.",
      },
      "full-width": {
        zh: "慰问金额“{text}”是全角数字：本工具已按{amountYuan}元读取，但 Excel 把它当作文本，求和（SUM）会漏掉它；请改为半角数字 {asTyped}。",
        en: "The amount \"{text}\" is written in full-width digits: it is read here as {amountYuan} yuan, but Excel takes it as text and its SUM leaves it out; retype it as {asTyped}.",
      },
    },
  },
  "id-legacy": {
    severity: "warning",
    title: { zh: "15 位旧身份证号", en: "Old 15-digit ID" },
    variants: {
      default: {
        zh: "身份证号码是15位旧号码：请换成本人现行的18位号码。",
        en: "This is an old 15-digit ID number: replace it with the person's current 18-character number.",
      },
    },
  },
  "duplicate-person": {
    severity: "error",
    title: { zh: "重复慰问", en: "Visited twice" },
    variants: {
      idNumber: {
        zh: "身份证号码与第{firstRow}行重复，同一人不应重复慰问：请核对并删除重复的一行。",
        en: "Same ID number as row {firstRow}; nobody should be visited twice: check and remove the duplicate row.",
      },
      legacyId: {
        zh: "身份证号码与第{firstRow}行是同一人（15位旧号码升为18位后相同），同一人不应重复慰问：请核对并删除重复的一行。",
        en: "The same person as row {firstRow} (the old 15-digit ID upgraded to 18 digits matches); nobody should be visited twice: check and remove the duplicate row.",
      },
      archiveNo: {
        zh: "档案编号与第{firstRow}行重复，同一户不应重复慰问：请核对并删除重复的一行。",
        en: "Same archive number as row {firstRow}; no household should be visited twice: check and remove the duplicate row.",
      },
      elsewhere: {
        zh: "身份证号码与另一份上报的 {firstPlace} 是同一人（按文字比较，15位旧号码升为18位），同一人不应重复慰问：请与该单位核对，只保留一处。",
        en: "The same ID number as {firstPlace} in another submission (compared as text, 15-digit IDs upgraded); nobody should be visited twice: agree with that unit which one stays.",
      },
    },
  },
  "archive-shared": {
    severity: "error",
    title: { zh: "一个档案编号多人使用", en: "Archive number shared" },
    variants: {
      default: {
        zh: "档案编号与第{firstRow}行相同，但两行的身份证号码不同：一个档案对应一户，请核对第{firstRow}行和第{row}行的档案编号。",
        en: "Same archive number as row {firstRow} but a different ID number: one archive is one household; check the archive numbers of rows {firstRow} and {row}.",
      },
    },
  },
  "archive-not-registered": {
    severity: "error",
    title: { zh: "档案编号不在档案表中", en: "Archive number not registered" },
    variants: {
      default: {
        zh: "档案表（{files}）中没有这个档案编号：依档帮扶，请核对档案编号；确未建档的，先建档、后帮扶。",
        en: "The archive register ({files}) has no such archive number: aid follows the archive; check the number, and register the family first if it has none.",
      },
      idElsewhere: {
        zh: "档案表中没有这个档案编号；该身份证号码登记的档案编号是{archiveNo}（{line}）：请改为{archiveNo}。",
        en: "The archive register has no such number; this ID number is registered as {archiveNo} ({line}): write {archiveNo}.",
      },
    },
  },
  "archive-person-mismatch": {
    severity: "error",
    title: { zh: "档案编号登记的是另一人", en: "Archive number belongs to someone else" },
    variants: {
      id: {
        zh: "档案表（{line}）中这个档案编号登记的是另一人（身份证号码不同）：请核对档案编号和身份证号码。",
        en: "The archive register ({line}) has this archive number under another person (a different ID number): check the archive number and the ID number.",
      },
      name: {
        zh: "档案表（{line}）中这个档案编号登记的姓名不同：请核对档案编号和姓名。",
        en: "The archive register ({line}) has this archive number under another name: check the archive number and the name.",
      },
    },
  },
  "archive-level-mismatch": {
    severity: "error",
    title: { zh: "建档级别与档案表不符", en: "Archive level differs from the register" },
    variants: {
      default: {
        zh: "建档级别填的是{level}，档案表（{line}）登记为{registeredLevel}：请改为{registeredLevel}；最低慰问标准按{registeredLevel}核对。",
        en: "The archive level says {level} but the register ({line}) has {registeredLevel}: write {registeredLevel}; the minimum amount is checked at {registeredLevel}.",
      },
    },
  },
  "archive-closed": {
    severity: "warning",
    title: { zh: "档案已不在档", en: "Archive closed" },
    variants: {
      default: {
        zh: "档案表（{line}）中这户的档案状态为“{status}”，已不在档：不应再按建档困难职工慰问，请核对。",
        en: "The archive register ({line}) says \"{status}\": the family is no longer registered; it should not be aided as a registered family. Check it.",
      },
    },
  },
  "archive-number-omitted": {
    severity: "warning",
    title: { zh: "已建档但未填档案编号", en: "Registered, archive number not written" },
    variants: {
      default: {
        zh: "档案编号为空，但这个身份证号码已建档（{line}）：请填写档案编号{archiveNo}。",
        en: "The archive number is empty but this ID number is registered ({line}): write the archive number {archiveNo}.",
      },
    },
  },
  "bank-account-missing": {
    severity: "error",
    title: { zh: "缺少银行账号", en: "Bank account missing" },
    variants: {
      default: {
        zh: "发放方式为{payMethod}，但银行账号为空：慰问金须通过银行卡（存折）发放，请填写账号。",
        en: "Payment by {payMethod} but the account is empty: the money must go to a bank card or passbook; enter the account.",
      },
      unstated: {
        zh: "银行账号为空：慰问金须通过银行卡（存折）发放，请填写账号；确需现金发放的，请在发放方式中写明“现金”。",
        en: "The account is empty: the money must go to a bank card or passbook; enter the account, or write 现金 as the payment method if cash is unavoidable.",
      },
    },
  },
  "account-holder-mismatch": {
    severity: "error",
    title: { zh: "户名与姓名不一致", en: "Account holder is not the recipient" },
    variants: {
      default: {
        zh: "户名“{holder}”与姓名“{name}”不一致：严禁代签代领，请改为本人的账户。",
        en: "The account holder ({holder}) is not the recipient ({name}): payment to someone else is forbidden; use the recipient's own account.",
      },
    },
  },
  "total-mismatch": {
    severity: "error",
    title: { zh: "合计不符", en: "Total does not add up" },
    variants: {
      default: {
        zh: "{label}金额为{statedYuan}元，但{scope}的明细合计为{sumYuan}元：请核对{label}或明细金额。",
        en: "{label} says {statedYuan} yuan but the detail rows of {scopeEn} add up to {sumYuan} yuan: check the total or the amounts.",
      },
      "text-amounts": {
        zh: "{label}金额为{statedYuan}元，但{scope}的明细合计为{sumYuan}元：差额正是{textCells}的{textYuan}元——这些金额是文本，Excel 的求和（SUM）不计入。请把它们改为数字，{label}会随之更新。",
        en: "{label} says {statedYuan} yuan but the detail rows of {scopeEn} add up to {sumYuan} yuan: the gap is exactly the {textYuan} yuan in {textCellsEn}, amounts stored as text, which Excel's SUM leaves out. Make them numbers and the total will follow.",
      },
    },
  },
  "account-checksum": {
    severity: "warning",
    title: { zh: "卡号校验位不符", en: "Card check digit fails" },
    variants: {
      default: {
        zh: "银行卡号未通过校验（Luhn）：可能有抄错的数字，请对照银行卡核对；个别银联卡不符合此校验，核实无误可忽略。",
        en: "The card number fails the Luhn check: a digit may be mistyped; compare it with the card (a few UnionPay cards fail this check, ignore it if correct).",
      },
    },
  },
  "account-shared": {
    severity: "warning",
    title: { zh: "多人共用账号", en: "Account shared by two people" },
    variants: {
      default: {
        zh: "银行账号与第{firstRow}行相同，但姓名不同：严禁代签代领，请核实是否为本人账户。",
        en: "Same account as row {firstRow} under another name: payment must go to the recipient's own account; check whose it is.",
      },
      elsewhere: {
        zh: "银行账号与另一份上报的 {firstPlace} 相同，但姓名不同：严禁代签代领，请核实是否为本人账户。",
        en: "Same account as {firstPlace} in another submission under another name: payment must go to the recipient's own account; check whose it is.",
      },
    },
  },
  "account-invalid": {
    severity: "warning",
    title: { zh: "账号格式异常", en: "Unusual account number" },
    variants: {
      "numeric-lost": {
        zh: "银行账号被保存成了数字（单元格显示为 {written}），15位以后的数字已经丢失：请把该列设置为“文本”格式，再按银行卡重新录入账号。",
        en: "The account was saved as a number (the cell shows {written}) and its digits after the 15th are lost: format the column as Text and enter the account again from the card.",
      },
      chars: {
        zh: "银行卡号含有数字以外的字符：请只填写卡号数字。",
        en: "The card number contains characters other than digits: enter only the digits.",
      },
      length: {
        zh: "银行卡号应为16至19位数字，现在是{length}位：请核对卡号。",
        en: "A card number has 16 to 19 digits, this one has {length}: check it.",
      },
    },
  },
  "pay-method-not-bank": {
    severity: "warning",
    title: { zh: "非银行发放", en: "Not paid into an account" },
    variants: {
      default: {
        zh: "发放方式为{payMethod}：慰问金原则上通过银行卡（存折）发放，确需{payMethod}发放的，请留存本人签领记录。",
        en: "Payment by {payMethod}: the money should go to a bank card or passbook; if {payMethod} is unavoidable, keep the recipient's signed receipt.",
      },
    },
  },
  "phone-invalid": {
    severity: "warning",
    title: { zh: "电话号码有误", en: "Invalid phone number" },
    variants: {
      default: {
        zh: "联系电话格式不对：手机号应为1开头的11位数字，座机如 0902-2231234，请核对。",
        en: "The phone number is malformed: a mobile has 11 digits starting with 1, a landline looks like 0902-2231234; check it.",
      },
    },
  },
  "archive-no-format": {
    severity: "warning",
    title: { zh: "档案编号格式不符", en: "Archive number format" },
    variants: {
      default: {
        zh: "档案编号不符合模板规定的格式（{pattern}）：请对照帮扶系统核对档案编号。",
        en: "The archive number does not match the template's pattern ({pattern}): check it against the aid system.",
      },
    },
  },
  "value-not-in-list": {
    severity: "error",
    title: { zh: "不在可选值中", en: "Value not in the list" },
    variants: {
      default: {
        zh: "{field}“{value}”不在可选值中（{values}）：请从中选择一项。",
        en: "The {fieldEn} \"{value}\" is not one of the allowed values ({values}): choose one of them.",
      },
    },
  },
  "amount-above-maximum": {
    severity: "error",
    title: { zh: "高于最高标准", en: "Above the maximum amount" },
    variants: {
      default: {
        zh: "{field}{amountYuan}元高于{who}的最高标准{maxYuan}元：请按标准发放，不超过{maxYuan}元。",
        en: "The {fieldEn} of {amountYuan} yuan is above the maximum of {maxYuan} yuan for {who}: pay at most {maxYuan} yuan.",
      },
      none: {
        zh: "{who}不发放{field}，应为 0 元，此处 {amountYuan} 元。",
        en: "No {fieldEn} is paid for {who}: it should be 0 yuan, not {amountYuan} yuan.",
      },
    },
  },
  "duplicate-value": {
    severity: "error",
    title: { zh: "重复填报", en: "Repeated entry" },
    variants: {
      default: {
        zh: "{fields}与第{firstRow}行相同，同一{fields}只能出现一次：请核对并删除重复的一行。",
        en: "Same {fieldsEn} as row {firstRow}; each may appear only once: check and remove the duplicate row.",
      },
    },
  },
  "value-mismatch": {
    severity: "error",
    title: { zh: "与对应项不一致", en: "Does not match" },
    variants: {
      default: {
        zh: "{field}“{value}”与{others}都不一致：须与其中之一相同，请核对。",
        en: "The {fieldEn} \"{value}\" matches none of {othersEn}: it must equal one of them; check it.",
      },
    },
  },
  "integer-invalid": {
    severity: "error",
    title: { zh: "不是整数", en: "Not a whole number" },
    variants: {
      default: { zh: "{field}应为整数：请只填数字，如 3。", en: "The {fieldEn} should be a whole number: enter digits only, such as 3." },
    },
  },
  "pattern-mismatch": {
    severity: "warning",
    title: { zh: "格式不符", en: "Format mismatch" },
    variants: {
      default: {
        zh: "{field}不符合模板规定的格式（{pattern}）：请核对。",
        en: "The {fieldEn} does not match the template's pattern ({pattern}): check it.",
      },
    },
  },
  "date-invalid": {
    severity: "warning",
    title: { zh: "日期无法识别", en: "Date not readable" },
    variants: {
      default: {
        zh: "{field}不是能识别的日期：请写成 2024-01-31 或 2024年1月31日。",
        en: "The {fieldEn} is not a readable date: write it as 2024-01-31 or 2024年1月31日.",
      },
    },
  },
  "number-invalid": {
    severity: "error",
    title: { zh: "不是数值", en: "Not a number" },
    variants: {
      default: { zh: "{field}不是能识别的数值：请填写如 0.8 或 80%。", en: "The {fieldEn} is not a readable number: enter it as 0.8 or 80%." },
    },
  },
  "row-subtotal-mismatch": {
    severity: "error",
    title: { zh: "小计与明细不符", en: "Row subtotal does not add up" },
    variants: {
      default: {
        zh: "{subtotalCell}的{field}为{statedYuan}元，但本行{parts}之和为{sumYuan}元（相差{differenceYuan}元）：请核对后改正。",
        en: "{subtotalCell}: the {fieldEn} says {statedYuan} yuan but the row's {partsEn} add up to {sumYuan} yuan (a difference of {differenceYuan} yuan): check and correct it.",
      },
      total: {
        zh: "{subtotalCell}（{label}行的{field}）为{statedYuan}元，但{scope}各行{field}之和为{subtotalsYuan}元，{parts}之和为{sumYuan}元：请核对{label}和各行金额。",
        en: "{subtotalCell} ({label}, the {fieldEn}) says {statedYuan} yuan but for {scopeEn} the rows' {fieldEn} add up to {subtotalsYuan} yuan and their {partsEn} to {sumYuan} yuan: check the total and the rows.",
      },
    },
  },
  "expression-mismatch": {
    severity: "error",
    title: { zh: "金额与算式不符", en: "Amount does not match its formula" },
    variants: {
      default: {
        zh: "{field}{amountYuan}元与{expression}算得的{expectedYuan}元不符（相差{differenceYuan}元）：请核对后改正。",
        en: "The {fieldEn} of {amountYuan} yuan differs from {expressionEn} = {expectedYuan} yuan (by {differenceYuan} yuan): check and correct it.",
      },
    },
  },
  "date-order": {
    severity: "error",
    title: { zh: "日期先后颠倒", en: "Dates out of order" },
    variants: {
      default: {
        zh: "{field}{date}早于{other}{otherDate}：{field}不能早于{other}，请核对。",
        en: "The {fieldEn} {date} is before the {otherEn} {otherDate}: it cannot be earlier; check it.",
      },
    },
  },
  "date-out-of-period": {
    severity: "error",
    title: { zh: "日期不在规定期间", en: "Date outside the period" },
    variants: {
      default: {
        zh: "{field}{date}不在{period}（{range}）内：请核对。",
        en: "The {fieldEn} {date} is outside the {periodEn} ({rangeEn}): check it.",
      },
    },
  },
  "too-many-records": {
    severity: "error",
    title: { zh: "每人记录超过上限", en: "Too many records for one person" },
    variants: {
      default: {
        zh: "同一人（{field}与第{firstRow}行相同）在本表已是第{count}条记录，本表每人最多{max}条：请核对是否重复填报。",
        en: "The same person ({fieldEn} as on row {firstRow}) has {count} records here; this form allows at most {max} per person: check for a repeated entry.",
      },
      elsewhere: {
        zh: "同一人（{field}与 {firstPlace} 相同）连同先前报送的已是第{count}条记录，本表每人最多{max}条：请核对是否重复填报。",
        en: "The same person ({fieldEn} as at {firstPlace}) has {count} records counting earlier submissions; this form allows at most {max} per person: check for a repeated entry.",
      },
    },
  },
};

const titles = (language: keyof MessageText) =>
  Object.fromEntries(Object.entries(MESSAGES).map(([code, entry]) => [code, entry.title[language]])) as Readonly<Record<IssueCode, string>>;

export const ISSUE_TITLES_ZH = titles("zh");
export const ISSUE_TITLES_EN = titles("en");
