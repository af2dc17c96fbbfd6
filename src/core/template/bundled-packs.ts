import jinqiuZhuxueJson from "../../../assets/templates/jinqiu-zhuxue.json";
import kunnanJiatingJson from "../../../assets/templates/kunnan-jiating.json";
import kunnanBangfuJson from "../../../assets/templates/kunnan-bangfu.json";
import laomoWeiwenJson from "../../../assets/templates/laomo-weiwen.json";
import yiliaoHuzhuJson from "../../../assets/templates/yiliao-huzhu.json";
import { parsePack } from "./load-pack";
import { packToTemplate } from "./pack-to-template";
import type { Template } from "./schema";
import { SONGWENNUAN_TEMPLATE } from "./songwennuan";

/**
 * The packs shipped in assets/templates, 送温暖 first: a header that fits several alike is checked
 * as the first of them (choose-template.ts), and 送温暖 is what the product was made for.
 */
export const BUNDLED_TEMPLATES: readonly Template[] = [
  SONGWENNUAN_TEMPLATE,
  ...[jinqiuZhuxueJson, laomoWeiwenJson, kunnanJiatingJson, yiliaoHuzhuJson, kunnanBangfuJson].map((json) => packToTemplate(parsePack(json))),
];
