/** Where the standalone page keeps the clerk's rule settings (the 设置 tab's minimums, archive groups, pattern). */
export interface SettingsStore {
  load(): unknown | null;
  save(settings: unknown): void;
}

/** For this page only; every file opened in it shares them. */
export class MemorySettings implements SettingsStore {
  private saved: unknown | null = null;
  load(): unknown | null {
    return this.saved;
  }
  save(settings: unknown): void {
    this.saved = settings;
  }
}

export const SETTINGS_KEY = "baobiao-zhushou.rules";

/**
 * The browser's localStorage, so a province's minimums survive the next visit. What is saved is
 * the 设置 tab's rule parameters, which name levels, groups and amounts, never a person. Where
 * storage is refused (a private window, a locked-down browser) or holds something unreadable,
 * the settings live in memory for this visit, as before.
 */
export class BrowserSettings implements SettingsStore {
  private readonly memory = new MemorySettings();

  constructor(private readonly storage: () => Storage | null) {}

  load(): unknown | null {
    try {
      const text = this.storage()?.getItem(SETTINGS_KEY);
      if (text) return JSON.parse(text) as unknown;
    } catch {
      // Refused or not JSON: what this visit saved, if anything.
    }
    return this.memory.load();
  }

  save(settings: unknown): void {
    this.memory.save(settings);
    try {
      this.storage()?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      // Kept in memory only.
    }
  }
}
