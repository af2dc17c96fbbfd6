import { readFileSync, writeFileSync } from "node:fs";
import { embedSavedSettings } from "../../../src/adapters/xlsx/embed-saved-settings";
import { cleanRows, IDS, writeRoster } from "../../apps/cli/rosters";

/** The six errors: a bad ID, a missing name, two below the minimum, a missing archive number, a repeated ID. */
export function sixErrorRows(): (string | number | null)[][] {
  const rows = cleanRows();
  rows[0][3] = "110105194912310021"; // check digit wrong
  rows[1][2] = null; // no name
  rows[2][7] = 500; // 全总 below the minimum
  rows.push([4, "伊吾县", "赵六", IDS[0], "困难职工", "省总", null, 300, "现金", "13612345678"]); // no archive number, below the minimum, ID of row 1
  return rows;
}

/** The roster at `path`, carrying `settings` as the add-in saves them. */
export async function rosterCarrying(dir: string, fileName: string, settings: unknown, rows = sixErrorRows()): Promise<string> {
  const path = await writeRoster(dir, fileName, rows);
  writeFileSync(path, embedSavedSettings(readFileSync(path), settings, new Date()));
  return path;
}

/**
 * Issue 22 item 5: a phone typed as the amount (13812345678 yuan was a warning, published as is)
 * and an ID written with dots in 地区, in a file named after a card number written with dots.
 */
export async function personalNumbersRoster(dir: string): Promise<string> {
  const rows = cleanRows();
  rows[1][7] = 13812345678;
  rows[2][1] = "伊吾县 110105.19491231.002X";
  return writeRoster(dir, "6222.0212.3456.7801 名单.xlsx", rows);
}
