/**
 * 人员类别 the archive checkboxes offer: the registered needy groups first (they need an
 * archive), then the groups visited without one. A workbook's own groups are added to these.
 */
export const KNOWN_GROUPS: readonly string[] = [
  "困难职工",
  "困难劳模",
  "困难农民工",
  "劳模",
  "一线职工",
  "劳务派遣工",
  "农民工",
  "新就业形态劳动者",
];
