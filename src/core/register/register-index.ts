import type { ArchiveRegister } from "./archive-register";

/**
 * A register's entries by archive number and by ID. Built once per register object, however many
 * sheets and files are checked against it (a county's workbook has a sheet per township).
 */
export class RegisterIndex {
  private readonly byArchive = new Map<string, number>();
  private readonly byIdKey = new Map<string, number>();

  private constructor(readonly register: ArchiveRegister) {
    const { archiveKeys, idKeys } = register;
    for (let i = 0; i < archiveKeys.length; i++) {
      this.byArchive.set(archiveKeys[i], i);
      // One person is one household: a second archive under the same ID is the register's own duplicate, the first kept.
      if (idKeys[i] !== "" && !this.byIdKey.has(idKeys[i])) this.byIdKey.set(idKeys[i], i);
    }
  }

  private static readonly built = new WeakMap<ArchiveRegister, RegisterIndex>();

  static of(register: ArchiveRegister): RegisterIndex {
    let index = RegisterIndex.built.get(register);
    if (index === undefined) RegisterIndex.built.set(register, (index = new RegisterIndex(register)));
    return index;
  }

  /** The entry under this archive key (archiveKey), or -1. */
  entryOf(archiveKey: string): number {
    return this.byArchive.get(archiveKey) ?? -1;
  }

  /** The entry registered under this ID key (personKey), or -1. */
  entryOfId(idKey: string): number {
    return this.byIdKey.get(idKey) ?? -1;
  }
}
