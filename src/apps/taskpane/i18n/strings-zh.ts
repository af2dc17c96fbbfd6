import { ISSUE_TITLES_ZH } from "../../../core/messages/catalogue";

/** Every user-visible string of the pane. zh-CN is the product's language; en-US mirrors it. */
export const STRINGS_ZH = {
  /** For the page's lang attribute (screen readers pick their voice by it). */
  locale: "zh-CN",
  appName: "报表助手",
  tabs: { check: "校验", totals: "汇总", summary: "总结", settings: "设置" },
  check: {
    run: "一键校验",
    running: "正在校验…",
    progress: (read: number, total: number) => `已读取 ${read} / ${total} 行`,
    sheet: "工作表",
    counts: (errors: number, warnings: number) => `错误 ${errors} 个，警告 ${warnings} 个`,
    rowsChecked: (rows: number, hidden: number) =>
      hidden > 0 ? `共检查 ${rows} 行数据（含隐藏或筛选掉的 ${hidden} 行）` : `共检查 ${rows} 行数据`,
    allClear: "没有发现问题。",
    notRun: "点击“一键校验”检查当前工作表。",
    filter: "显示",
    filterAll: "全部",
    filterErrors: "只看错误",
    filterWarnings: "只看警告",
    previousError: "上一个错误",
    nextError: "下一个错误",
    clearMarks: "清除标记",
    marksCleared: "已清除标记，单元格恢复原样。",
    issueList: "问题列表",
    showMore: (count: number) => `再显示 ${count} 条`,
    severityError: "错误",
    severityWarning: "警告",
  },
  codes: ISSUE_TITLES_ZH,
  totals: {
    byRegion: "分地区汇总",
    byGroup: "分类别汇总",
    region: "地区",
    group: "人员类别",
    households: "户数",
    modelWorkers: "劳模户数",
    amountYuan: "金额（元）",
    amountWanYuan: "金额（万元）",
    grandTotal: "合计",
    write: "写入分地区汇总",
    written: "已写入“校验结果”和“分地区汇总”工作表。",
    needCheck: "请先在“校验”页运行一键校验。",
  },
  summary: {
    template: "总结模板",
    text: "总结文字（可编辑）",
    placeholders: "可用占位符（点击插入）",
    preview: "预览",
    fill: "填入",
    copy: "复制",
    filled: (where: string) => `已填入 ${where}`,
    copied: "已复制到剪贴板。",
    copyFailed: "无法访问剪贴板，请在预览中选中文字后按 Ctrl+C。",
    needCheck: "请先在“校验”页运行一键校验，预览会用本表的数字。",
  },
  settings: {
    minimums: "最低慰问标准（元）",
    level: "建档级别",
    group: "人员类别",
    minYuan: "最低金额（元）",
    anyValue: "（不限）",
    addRow: "添加一行",
    removeRow: (index: number) => `删除第 ${index} 行`,
    archivePattern: "档案编号格式（正则表达式，可留空）",
    archiveGroups: "需要建档的人员类别",
    save: "保存设置",
    saved: "设置已保存到工作簿，随文件一起传递。",
    restoreDefaults: "恢复默认",
    restored: "已恢复默认设置。",
    invalid: "设置有误，请按提示修改后再保存。",
    amountInvalid: "请填写不小于 0、最多两位小数的金额",
  },
  errors: {
    title: "出错了",
    unexpected: "发生意外错误。请重新打开任务窗格；数据没有被修改。",
  },
  office: {
    timeoutTitle: "无法连接 Office",
    timeout:
      "Office 组件（office.js）加载超时，可能是网络无法访问微软的服务器。可以改用独立页面：在浏览器中打开表格，所有校验都在本机完成。",
    openStandalone: "打开独立页面",
  },
  standalone: {
    banner: "所有数据只在本页面中处理：不上传、不联网。",
    openFile: "打开文件",
    openFileHint: "选择或拖入 .xlsx / .csv 文件",
    openSample: "打开示例",
    dropHere: "把表格文件拖到这里",
    loading: "正在读取…",
    opened: (name: string) => `已打开：${name}`,
    downloadResult: "下载校验结果",
    downloadPublic: "下载公示版",
    downloadBlank: "下载空白表（下发用）",
    preview: "表格预览",
    noFile: "尚未打开文件。",
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Strings = Widen<typeof STRINGS_ZH>;
