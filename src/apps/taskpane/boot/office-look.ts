import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Office's UI language when known, else the browser's. */
export function displayLanguage(office: typeof Office | undefined): string | undefined {
  return office?.context?.displayLanguage ?? globalThis.navigator?.language;
}

function isDark(hexColour: string): boolean {
  const value = Number.parseInt(hexColour.replace("#", ""), 16);
  if (Number.isNaN(value)) return false;
  const luminance = 0.299 * ((value >> 16) & 255) + 0.587 * ((value >> 8) & 255) + 0.114 * (value & 255);
  return luminance < 128;
}

/** Follows Office's theme (dark included); outside Office, the system's colour scheme. */
export function pickTheme(office: typeof Office | undefined): Theme {
  const officeTheme = office?.context?.officeTheme;
  if (officeTheme?.bodyBackgroundColor) {
    return isDark(officeTheme.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
  }
  const prefersDark = globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  return prefersDark ? webDarkTheme : webLightTheme;
}
