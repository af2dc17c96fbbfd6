import { NO_COLUMN_MAP, parseColumnMap, type ColumnMap } from "../check/column-map";
import { ReportError } from "../errors";
import { parsePack } from "../template/load-pack";
import { applyRuleOverrides } from "../template/load-template";
import { packToTemplate } from "../template/pack-to-template";
import type { Template } from "../template/schema";

/**
 * The settings a workbook carries (Excel's pane, the page's download, read back by every host and
 * the CLI): a rules override in the shape of a `--rules` file, plus the clerk's 列对应 under
 * `columnMap`. `{ "rules": { "minimums": [...] }, "columnMap": { "乡镇": "region", "备注2": null } }`.
 * A whole template pack may travel under `pack` (a blank form carries the one it was made from,
 * a province's own pack goes up with its rosters): it replaces the base template.
 */
export interface WorkbookSettings {
  readonly template: Template;
  readonly columnMap: ColumnMap;
}

/** The base template with a workbook's saved settings laid over it; validated like `--rules`. */
export function applySavedSettings(base: Template, saved: unknown | null): WorkbookSettings {
  if (saved === null) return { template: base, columnMap: NO_COLUMN_MAP };
  if (typeof saved !== "object" || Array.isArray(saved)) {
    throw new ReportError("rules-invalid", "工作簿中保存的设置有误：应为对象 {...}", "The settings saved in the workbook are invalid: expected an object {...}");
  }
  const { columnMap, pack, ...overrides } = saved as Record<string, unknown>;
  const own = pack === undefined ? base : packToTemplate(parsePack(pack));
  const template = Object.keys(overrides).length === 0 ? own : applyRuleOverrides(own, overrides);
  return {
    template,
    columnMap: columnMap === undefined ? NO_COLUMN_MAP : parseColumnMap(columnMap, template.fields.map((spec) => spec.key)),
  };
}

/** The saved settings with the column map replaced (an empty map is dropped). */
export function withColumnMap(saved: unknown | null, columnMap: ColumnMap): Record<string, unknown> {
  const { columnMap: _previous, ...rest } = isObject(saved) ? saved : {};
  return Object.keys(columnMap).length === 0 ? rest : { ...rest, columnMap };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
