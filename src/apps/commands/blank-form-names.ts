/** The manifest's <FunctionName>s of the 下发空白表 group (kept apart so the manifest test loads no adapter). */
export const NEW_BLANK_FORM = "newBlankForm";
export const ADD_FILL_RULES = "addFillRules";
export const CLEAR_FILL_RULES = "clearFillRules";
