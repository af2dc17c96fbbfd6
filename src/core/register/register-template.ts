import registerJson from "../../../assets/register/archive-register.json";
import { compileTemplate, type CompiledTemplate } from "../template/compile-template";
import { parsePack } from "../template/load-pack";
import { packToTemplate } from "../template/pack-to-template";

/**
 * The 档案表's columns, declared as data like a roster form (assets/register/archive-register.json):
 * its header is found as a roster's is (aliases, folding, a title row above, two-row headers), and
 * its values read by the same RowReader. The register is not a form: it is not among the bundled
 * packs a roster is matched against.
 */
export const REGISTER_COMPILED: CompiledTemplate = compileTemplate(packToTemplate(parsePack(registerJson)));

/** The register's own field keys (its pack's), which the reader reads by slot. */
export const REGISTER_FIELDS = ["archiveNo", "name", "idNumber", "archiveLevel", "region", "unit", "status"] as const;
