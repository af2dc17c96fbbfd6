import songwennuanJson from "../../../assets/templates/songwennuan.json";
import { parsePack } from "./load-pack";
import type { Pack } from "./pack-schema";
import { packToTemplate } from "./pack-to-template";
import type { Template } from "./schema";

/** The 送温暖 roster as the notice describes it (assets/templates/songwennuan.json): aliases are those seen on real unit sheets. */
export const SONGWENNUAN_PACK: Pack = parsePack(songwennuanJson);

export const SONGWENNUAN_TEMPLATE: Template = packToTemplate(SONGWENNUAN_PACK);
