import type { Severity } from "../check/types";
import type { RowView } from "../rows/row-view";
import { archiveKey, nameKey, personKey } from "../rules/person-keys";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import type { ArchiveRegister } from "./archive-register";
import { RegisterIndex } from "./register-index";

/**
 * What the register says of the row being checked, found once per row for the five archive
 * checks (rules/archive-*.ts) and for the minimum, which the registered level decides.
 */
export class RegisterRow {
  readonly index: RegisterIndex;
  /** The entry under the row's archive number, or -1 (no number, or none registered). */
  entry = -1;
  /** The entry the row's ID is registered under, or -1. */
  entryById = -1;
  /** Under the row's number the register has another person: "id" (another ID) or "name" (the ID agrees or is missing, the name does not). */
  mismatch: "" | "id" | "name" = "";
  /** archive-closed: an error or a warning, as the form's 先建档 rule says (default a warning). */
  readonly closedSeverity: Severity;

  constructor(
    readonly register: ArchiveRegister,
    compiled: CompiledTemplate,
  ) {
    this.index = RegisterIndex.of(register);
    const rule = compiled.pack.rules.find((r): r is Extract<PackRule, { kind: "archive-required" }> => r.kind === "archive-required");
    this.closedSeverity = rule?.closed ?? "warning";
  }

  /** Looks the row up: by its archive number, and by its ID. */
  find(row: RowView, compiled: CompiledTemplate): void {
    const slots = compiled.roleSlots;
    const written = row.texts[slots.archiveNo];
    const idKey = row.idNumber === "" ? "" : personKey(row);
    this.entry = written === "" ? -1 : this.index.entryOf(archiveKey(written));
    this.entryById = idKey === "" ? -1 : this.index.entryOfId(idKey);
    this.mismatch = "";
    if (this.entry < 0) return;
    const registeredId = this.register.idKeys[this.entry];
    if (idKey !== "" && registeredId !== "" && idKey !== registeredId) this.mismatch = "id";
    else if (row.texts[slots.name] !== "" && this.register.names[this.entry] !== "" && nameKey(row.texts[slots.name]) !== this.register.names[this.entry]) this.mismatch = "name";
  }

  /** The family the row pays: by its number when the person agrees, else the one its ID is registered under; -1 for none. */
  reached(): number {
    if (this.entry >= 0 && this.mismatch === "") return this.entry;
    return this.entryById;
  }
}
