import { NO_COLUMN_MAP, parseColumnMap, type ColumnMap } from "../check/column-map";
import { ReportError } from "../errors";
import type { MessageText } from "../messages/catalogue";
import { readPack } from "../template/load-pack";
import { applyRuleOverrides } from "../template/load-template";
import type { Pack } from "../template/pack-schema";
import { packToTemplate } from "../template/pack-to-template";
import type { Template } from "../template/schema";
import { weakenings } from "./weakenings";

/**
 * A workbook's saved settings, received: evidence of how it was checked where it was made, never
 * authority over how it is checked here. Its 列对应 is applied (the product's own, listed); its
 * rules are applied when they check at least as much as the form, or when the clerk chose them
 * knowing what they drop; a pack it carries is never laid over the form silently (the host
 * decides, with carriedPackChoice, whether the form *is* that pack).
 */
export interface ReceivedSettings {
  readonly template: Template;
  readonly columnMap: ColumnMap;
  /** What was applied, and a carried form not used: said beside the verdict, one line each. */
  readonly said: readonly MessageText[];
  /** What the saved rules would drop or loosen, not applied because the clerk did not choose them (withheldLine says it). */
  readonly withheld: readonly MessageText[];
}

export interface ReceiveOptions {
  /** The clerk chose the saved settings knowing what they drop (CLI flag, the pane's button). */
  readonly accept: boolean;
  /** The verdict already says the carried pack was refused (the CLI's form line): not said again. */
  readonly packSaid?: boolean;
}

/** `form` (the one this side chose: --form, the receiving level's, or an accepted carried pack) with the saved settings received. */
export function receiveSettings(form: Template, saved: unknown | null, options: ReceiveOptions): ReceivedSettings {
  if (saved === null) return { template: form, columnMap: NO_COLUMN_MAP, said: [], withheld: [] };
  if (typeof saved !== "object" || Array.isArray(saved)) {
    throw new ReportError("rules-invalid", "工作簿中保存的设置有误：应为对象 {...}", "The settings saved in the workbook are invalid: expected an object {...}");
  }
  const { columnMap: mapJson, pack, ...overrides } = saved as Record<string, unknown>;
  const said: MessageText[] = [];
  if (pack !== undefined && options.packSaid !== true) said.push(...carriedPackLines(form, pack));
  let template = form;
  let withheld: MessageText[] = [];
  if (Object.keys(overrides).length > 0) {
    const candidate = applyRuleOverrides(form, overrides);
    const dropped = weakenings(form, candidate);
    if (dropped.length === 0) {
      template = candidate;
      said.push({ zh: "已采用工作簿中保存的规则设置（未放宽任何校验）", en: "applied the rules saved in the workbook (they loosen no check)" });
    } else if (options.accept) {
      template = candidate;
      said.push({ zh: `已按选择采用工作簿中保存的规则设置，它放宽了：${joinZh(dropped)}`, en: `applied the rules saved in the workbook, as chosen; they loosen: ${joinEn(dropped)}` });
    } else {
      withheld = dropped;
    }
  }
  const columnMap = mapJson === undefined ? NO_COLUMN_MAP : parseColumnMap(mapJson, template.fields.map((spec) => spec.key));
  const mapped = columnMapLine(template, columnMap);
  if (mapped !== null) said.push(mapped);
  return { template, columnMap, said, withheld };
}

/** The saved rules not applied, and what they would loosen, as one line. */
export function withheldLine(withheld: readonly MessageText[]): MessageText {
  return { zh: `未采用工作簿中保存的规则设置，它会放宽：${joinZh(withheld)}`, en: `did not apply the rules saved in the workbook; they would loosen: ${joinEn(withheld)}` };
}

/** A pack the workbook carries that is not the form: named, with what it checks less than the form. */
function carriedPackLines(form: Template, json: unknown): MessageText[] {
  const reading = readPack(json);
  if (reading.pack === null) return [{ zh: "工作簿中保存的表式有误，未采用", en: "the form saved in the workbook is invalid and was not used" }];
  if (canonicalPack(reading.pack) === canonicalPack(form.pack)) return [];
  const name = reading.pack.name;
  const differences = weakenings(form, packToTemplate(reading.pack));
  const less = differences.length === 0 ? { zh: "，它未少查任何一项", en: "; it checks nothing less" } : { zh: `，它比本表式少查：${joinZh(differences)}`, en: `; against this form it checks less: ${joinEn(differences)}` };
  return [{ zh: `工作簿带有表式“${name}”，未采用（按“${form.name}”校验）${less.zh}`, en: `the workbook carries the form "${name}", not used (checked as ${form.name})${less.en}` }];
}

/**
 * Whether a pack carried by a workbook may be the form it is checked with: compared with the
 * bundled or installed form of the same id (or name). `reference` null: a form this side does not
 * know (a province's own), used as it is and named in the verdict. `differences`: what it checks
 * less than `reference`; non-empty, it is used only by the clerk's explicit choice.
 */
export function carriedPackChoice(pack: Pack, known: readonly Template[]): { reference: Template | null; differences: MessageText[] } {
  const reference = known.find((template) => template.id === pack.id) ?? known.find((template) => template.name === pack.name) ?? null;
  return { reference, differences: reference === null ? [] : weakenings(reference, packToTemplate(pack)) };
}

/**
 * Where no clerk can be asked (the ribbon's 一键校验): the pack the workbook carries when it checks
 * no less than the bundled form of its id, or is a form this side does not know; else that bundled
 * form, or `fallback` when it carries none. receiveSettings then names the pack not used.
 */
export function formForWorkbook(saved: unknown | null, known: readonly Template[], fallback: Template): Template {
  const json = typeof saved === "object" && saved !== null && !Array.isArray(saved) ? (saved as Record<string, unknown>).pack : undefined;
  const pack = json === undefined ? null : readPack(json).pack;
  if (pack === null) return fallback;
  const { reference, differences } = carriedPackChoice(pack, known);
  return reference !== null && differences.length > 0 ? reference : packToTemplate(pack);
}

function columnMapLine(template: Template, columnMap: ColumnMap): MessageText | null {
  const entries = Object.entries(columnMap);
  if (entries.length === 0) return null;
  const label = (key: string | null, zh: boolean) => (key === null ? (zh ? "不校验" : "not checked") : (template.fields.find((spec) => spec.key === key)?.label ?? key));
  return {
    zh: `已采用工作簿中保存的列对应 ${entries.length} 项：${entries.map(([header, key]) => `${header}→${label(key, true)}`).join("、")}`,
    en: `applied the column mapping saved in the workbook (${entries.length}): ${entries.map(([header, key]) => `${header}→${label(key, false)}`).join(", ")}`,
  };
}

function canonicalPack(pack: Pack): string {
  return JSON.stringify(pack);
}

const joinZh = (texts: readonly MessageText[]) => texts.map((text) => text.zh).join("；");
const joinEn = (texts: readonly MessageText[]) => texts.map((text) => text.en).join("; ");
