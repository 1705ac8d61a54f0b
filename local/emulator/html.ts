/** HtmlService and HtmlOutput: the HTML is kept as given, for the preview to serve. */
import type { GasHtmlOutput, GasHtmlService } from "../../addon/server/gas/spreadsheet-types.ts";
import type { CallCounter } from "./call-counter.ts";
import { gasError } from "./spreadsheet/errors.ts";

export class EmuHtmlOutput implements GasHtmlOutput {
  title = "";

  constructor(
    private readonly counter: CallCounter,
    readonly content: string,
  ) {}

  setTitle(title: string): GasHtmlOutput {
    this.counter.record("HtmlOutput", "setTitle");
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    this.counter.record("HtmlOutput", "getTitle");
    return this.title;
  }

  getContent(): string {
    this.counter.record("HtmlOutput", "getContent");
    return this.content;
  }
}

/** Gives the content of a project HTML file by its name without ".html"; null when there is none. */
export type HtmlFileReader = (name: string) => string | null;

export class EmuHtmlService implements GasHtmlService {
  constructor(
    private readonly counter: CallCounter,
    private readonly readFile: HtmlFileReader = () => null,
  ) {}

  createHtmlOutput(html: string): GasHtmlOutput {
    this.counter.record("HtmlService", "createHtmlOutput");
    return new EmuHtmlOutput(this.counter, html === undefined ? "" : String(html));
  }

  /** "sidebar" and "sidebar.html" both name the project file sidebar.html. */
  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    this.counter.record("HtmlService", "createHtmlOutputFromFile");
    const name = String(filename).replace(/\.html$/i, "");
    const content = this.readFile(name);
    if (content === null) throw gasError(`No HTML file named ${name} was found.`);
    return new EmuHtmlOutput(this.counter, content);
  }
}
