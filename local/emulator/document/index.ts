/**
 * The emulated DocumentApp and DriveApp, typed against the add-on's slices so the server code
 * running on them can call nothing the real services lack.
 */
import type { GasDocumentApp, GasDriveApp } from "../../../addon/server/gas/document-types.ts";
import { CallCounter } from "../call-counter.ts";
import { EmuDocumentApp } from "./document-app.ts";
import { EmuDriveApp, EmulatedDrive } from "./drive.ts";

export { EmuDocument, EmuDocumentApp } from "./document-app.ts";
export { EmuDriveApp, EmulatedDrive } from "./drive.ts";
export { EmuBody, EmuParagraph, EmuTable } from "./elements.ts";
export { attributeAt } from "./text.ts";

export interface DocumentServicesOptions {
  counter?: CallCounter;
  drive?: EmulatedDrive;
  /**
   * Whether the add-on holds the restricted `drive` scope (DriveApp calls fail without it). Default
   * false, as with the default appsscript.json; true emulates the opt-in appsscript.drive.json.
   */
  driveGranted?: boolean;
}

export interface DocumentServices {
  DocumentApp: EmuDocumentApp;
  DriveApp: EmuDriveApp;
  drive: EmulatedDrive;
  counter: CallCounter;
}

export function createDocumentServices(options: DocumentServicesOptions = {}): DocumentServices {
  const counter = options.counter ?? new CallCounter();
  const drive = options.drive ?? new EmulatedDrive();
  return {
    DocumentApp: new EmuDocumentApp(counter, drive),
    DriveApp: new EmuDriveApp(counter, drive, options.driveGranted === true),
    drive,
    counter,
  };
}

/** The services as the server code sees them; compiling this proves the emulation fits the slices. */
export function asServerServices(s: DocumentServices): {
  DocumentApp: GasDocumentApp;
  DriveApp: GasDriveApp;
} {
  return { DocumentApp: s.DocumentApp, DriveApp: s.DriveApp };
}
