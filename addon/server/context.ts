/**
 * Everything server code may touch, handed in by the entry file (the real Apps Script globals) or
 * by the local runtime (the emulation). Server code never reads a global itself.
 */
import type { GasDocumentApp, GasDriveApp } from "./gas/document-types.ts";
import type {
  GasHtmlService,
  GasLockService,
  GasPropertiesService,
  GasSpreadsheet,
  GasSpreadsheetApp,
} from "./gas/spreadsheet-types.ts";

export interface ServerServices {
  SpreadsheetApp: GasSpreadsheetApp;
  HtmlService: GasHtmlService;
  LockService: GasLockService;
  PropertiesService: GasPropertiesService;
  DocumentApp: GasDocumentApp;
  DriveApp: GasDriveApp;
}

export interface ServerContext {
  services: ServerServices;
  spreadsheet: GasSpreadsheet;
  now(): Date;
}

export function createContext(services: ServerServices): ServerContext {
  return {
    services,
    spreadsheet: services.SpreadsheetApp.getActiveSpreadsheet(),
    now: () => new Date(),
  };
}
