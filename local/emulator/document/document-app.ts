/**
 * DocumentApp over the in-memory Drive: create() makes a Doc in My Drive (as Apps Script does),
 * reachable later through DriveApp by its id.
 */
import type { CallCounter } from "../call-counter.ts";
import type { EmulatedDrive } from "./drive.ts";
import { EmuBody } from "./elements.ts";
import { Attribute, HorizontalAlignment } from "./enums.ts";

export class EmuDocument {
  readonly body: EmuBody;
  closed = false;

  constructor(
    private readonly counter: CallCounter,
    readonly id: string,
    readonly name: string,
  ) {
    this.body = new EmuBody(counter);
  }

  getId(): string {
    this.counter.record("Document", "getId");
    return this.id;
  }

  getName(): string {
    this.counter.record("Document", "getName");
    return this.name;
  }

  getUrl(): string {
    this.counter.record("Document", "getUrl");
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }

  getBody(): EmuBody {
    this.counter.record("Document", "getBody");
    return this.body;
  }

  saveAndClose(): void {
    this.counter.record("Document", "saveAndClose");
    this.closed = true;
  }
}

export class EmuDocumentApp {
  readonly Attribute = Attribute;
  readonly HorizontalAlignment = HorizontalAlignment;
  /** Every Doc created, in order (for tests and the preview). */
  readonly documents: EmuDocument[] = [];

  constructor(
    private readonly counter: CallCounter,
    private readonly drive: EmulatedDrive,
  ) {}

  create(name: string): EmuDocument {
    this.counter.record("DocumentApp", "create");
    if (typeof name !== "string" || name.trim() === "") throw new Error("Exception: Invalid argument: name");
    const id = this.drive.newId("doc-");
    const doc = new EmuDocument(this.counter, id, name);
    this.drive.addFile({ id, name, url: `https://docs.google.com/document/d/${id}/edit` });
    this.documents.push(doc);
    return doc;
  }
}
