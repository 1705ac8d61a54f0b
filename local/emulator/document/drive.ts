/**
 * An in-memory Drive: folders and files with parents, enough for "create a Doc, then move it
 * beside the spreadsheet". DriveApp needs the full `drive` scope; `granted: false` makes every
 * DriveApp call fail the way Apps Script does when the scope is missing.
 */
import type { CallCounter } from "../call-counter.ts";

export interface DriveEntry {
  id: string;
  name: string;
  url: string;
  parents: string[];
}

export class EmulatedDrive {
  readonly rootId = "root";
  readonly folders = new Map<string, { id: string; name: string }>([
    ["root", { id: "root", name: "My Drive" }],
  ]);
  readonly files = new Map<string, DriveEntry>();
  private next = 0;

  newId(prefix: string): string {
    return `${prefix}${(++this.next).toString(36).padStart(6, "0")}`;
  }

  addFolder(name: string, id = this.newId("folder-")): string {
    this.folders.set(id, { id, name });
    return id;
  }

  addFile(entry: { id: string; name: string; url?: string; folderId?: string }): DriveEntry {
    const file: DriveEntry = {
      id: entry.id,
      name: entry.name,
      url: entry.url ?? `https://drive.google.com/file/d/${entry.id}/view`,
      parents: [entry.folderId ?? this.rootId],
    };
    this.files.set(file.id, file);
    return file;
  }
}

export class EmuFolder {
  constructor(
    private readonly counter: CallCounter,
    readonly id: string,
    private readonly name: string,
  ) {}

  getId(): string {
    this.counter.record("Folder", "getId");
    return this.id;
  }

  getName(): string {
    this.counter.record("Folder", "getName");
    return this.name;
  }
}

export class EmuFolderIterator {
  private index = 0;

  constructor(
    private readonly counter: CallCounter,
    private readonly folders: EmuFolder[],
  ) {}

  hasNext(): boolean {
    this.counter.record("FolderIterator", "hasNext");
    return this.index < this.folders.length;
  }

  next(): EmuFolder {
    this.counter.record("FolderIterator", "next");
    const folder = this.folders[this.index++];
    if (!folder) throw new Error("Exception: Cannot retrieve the next object: iterator has reached the end.");
    return folder;
  }
}

export class EmuDriveFile {
  constructor(
    private readonly counter: CallCounter,
    private readonly drive: EmulatedDrive,
    private readonly entry: DriveEntry,
  ) {}

  getId(): string {
    this.counter.record("File", "getId");
    return this.entry.id;
  }

  getName(): string {
    this.counter.record("File", "getName");
    return this.entry.name;
  }

  getUrl(): string {
    this.counter.record("File", "getUrl");
    return this.entry.url;
  }

  getParents(): EmuFolderIterator {
    this.counter.record("File", "getParents");
    const folders = this.entry.parents.flatMap((id) => {
      const f = this.drive.folders.get(id);
      return f ? [new EmuFolder(this.counter, f.id, f.name)] : [];
    });
    return new EmuFolderIterator(this.counter, folders);
  }

  moveTo(destination: { getId(): string }): this {
    this.counter.record("File", "moveTo");
    const id = destination.getId();
    if (!this.drive.folders.has(id)) throw new Error("Exception: No item with the given ID could be found.");
    this.entry.parents = [id];
    return this;
  }
}

export class EmuDriveApp {
  constructor(
    private readonly counter: CallCounter,
    private readonly drive: EmulatedDrive,
    private readonly granted: boolean,
  ) {}

  getFileById(id: string): EmuDriveFile {
    this.counter.record("DriveApp", "getFileById");
    if (!this.granted)
      throw new Error(
        "Exception: You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive",
      );
    const entry = this.drive.files.get(id);
    if (!entry)
      throw new Error(
        "Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.",
      );
    return new EmuDriveFile(this.counter, this.drive, entry);
  }
}
