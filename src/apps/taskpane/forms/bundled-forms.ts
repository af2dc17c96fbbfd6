import jinqiuZhuxueJson from "../../../../assets/templates/jinqiu-zhuxue.json";
import kunnanJiatingJson from "../../../../assets/templates/kunnan-jiating.json";
import laomoWeiwenJson from "../../../../assets/templates/laomo-weiwen.json";
import { parsePack } from "../../../core/template/load-pack";
import { SONGWENNUAN_PACK } from "../../../core/template/songwennuan";
import { formOf, type Form } from "./form";

/**
 * The packs shipped in assets/templates, 送温暖 first (a tie is checked as the first listed). They are
 * a few KiB of JSON: bundled with the pane, as detection needs every one before the first check.
 */
export const BUNDLED_FORMS: readonly Form[] = [SONGWENNUAN_PACK, ...[jinqiuZhuxueJson, laomoWeiwenJson, kunnanJiatingJson].map(parsePack)].map((pack) =>
  formOf(pack, "bundled"),
);
