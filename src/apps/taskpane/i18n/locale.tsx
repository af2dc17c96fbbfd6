import { createContext, useContext } from "react";
import { STRINGS_EN } from "./strings-en";
import { STRINGS_ZH, type Strings } from "./strings-zh";

/** Chinese unless Office (or, outside Office, the browser) runs in English. */
export function pickStrings(language: string | undefined): Strings {
  return language?.toLowerCase().startsWith("en") ? STRINGS_EN : STRINGS_ZH;
}

const StringsContext = createContext<Strings>(STRINGS_ZH);

export const StringsProvider = StringsContext.Provider;

export function useStrings(): Strings {
  return useContext(StringsContext);
}
