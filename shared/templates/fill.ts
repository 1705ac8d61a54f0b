/**
 * Filling an office's own Word template (.docx) from a workbook: the one fill code of the extension
 * page and `doi-thoai fill`. docxtemplater's default syntax ({tag}, {#loop}{/loop}, {^not}) with
 * our own `parser`: it needs no eval (so it runs under MV3's CSP), it is called once per tag at
 * compile time, where an unknown name is refused, and it looks names up the way the workbook does
 * (folded: case, spacing and diacritics do not matter). Word's habit of splitting a tag across
 * runs is undone by docxtemplater. Any problem is reported by name and place and no file is made.
 */
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import type { CivilDate } from "../dates/civil.ts";
import { type Message, msg } from "../i18n/index.ts";
import { CONFERENCE_TAB } from "../schema/tabs.ts";
import { foldKey } from "../text/fold.ts";
import type { WorkbookSnapshot } from "../workbook/snapshot.ts";
import { type RowScope, TemplateData, TemplateDataError } from "./data.ts";
import { FIELD_INDEX, SCHEMA_COLUMN_NAMES } from "./fields.ts";
import { locateTag, type TagPlace } from "./locate.ts";

export interface TemplateProblem {
  message: Message;
  /** The words around the tag, when the problem is at a tag. */
  place?: Message;
}

export type FillResult = { ok: true; bytes: Uint8Array } | { ok: false; problems: TemplateProblem[] };

export interface FillOptions {
  today: CivilDate | null;
}

/** Thrown by the parser; docxtemplater wraps it with the tag's offset. */
class FieldError extends Error {
  constructor(readonly problem: Message) {
    super(problem.key);
  }
}

interface XtError {
  properties?: {
    id?: string;
    xtag?: string;
    /** Two offsets (opening, closing) for a loop closed by the wrong tag. */
    offset?: number | number[];
    /** The text of a tag left open or never opened, braces included. */
    context?: string;
    openingtag?: string;
    closingtag?: string;
    file?: string;
    explanation?: string;
    rootError?: unknown;
    errors?: XtError[];
  };
  message?: string;
}

const MALFORMED: Record<string, Message["key"]> = {
  unclosed_tag: "templates.unclosedTag",
  unopened_tag: "templates.unopenedTag",
  unclosed_loop: "templates.unclosedLoop",
  unopened_loop: "templates.unopenedLoop",
  closing_tag_does_not_match_opening_tag: "templates.mismatchedLoop",
  duplicate_open_tag: "templates.doubleOpen",
  duplicate_close_tag: "templates.doubleClose",
};

function placeMessage(place: TagPlace): Message {
  const key =
    place.part === "header"
      ? "templates.place.header"
      : place.part === "footer"
        ? "templates.place.footer"
        : place.inCell
          ? "templates.place.cell"
          : "templates.place.paragraph";
  return msg(key, { text: place.text });
}

const isRow = (scope: unknown): scope is RowScope => scope instanceof Map;

interface TagMeta {
  tag?: { module?: string | null };
}

/** The parser: checks a name at compile time, gives its value at render time. */
function parserFor(data: TemplateData, extraColumns: ReadonlySet<string>) {
  return (tag: string, meta?: TagMeta) => {
    const name = foldKey(tag);
    const isLoop = meta?.tag?.module === "loop";
    const entry = FIELD_INDEX.get(name);
    const isColumn = SCHEMA_COLUMN_NAMES.has(name) || extraColumns.has(name);
    if (tag.trim() === "") throw new FieldError(msg("templates.emptyTag"));
    if (tag.trim() !== "." && !isColumn && !(isLoop ? entry?.loop || entry?.text : entry?.text))
      throw new FieldError(msg("templates.unknownField", { field: tag.trim() }));
    return {
      get(scope: unknown, context: { scopeList: unknown[] }): unknown {
        if (tag.trim() === ".") return isRow(scope) ? "" : scope;
        for (let i = context.scopeList.length - 1; i >= 0; i--) {
          const item = context.scopeList[i];
          if (isRow(item) && item.has(name)) return item.get(name);
        }
        try {
          if (isLoop && entry?.loop) return data.loop(entry.loop);
          if (entry?.text) return data.text(entry.text);
        } catch (error) {
          if (error instanceof TemplateDataError) throw new FieldError(error.problem);
          throw error;
        }
        throw new FieldError(msg("templates.columnOutsideLoop", { field: tag.trim() }));
      },
    };
  };
}

function problemsOf(error: unknown, zip: PizZip): TemplateProblem[] {
  const props = (error as XtError)?.properties;
  if (!props) throw error;
  if (props.errors) return props.errors.flatMap((e) => problemsOf(e, zip));
  const root = props.rootError;
  const malformed = props.id ? MALFORMED[props.id] : undefined;
  const message =
    root instanceof FieldError
      ? root.problem
      : props.id === "closing_tag_does_not_match_opening_tag"
        ? msg("templates.mismatchedLoop", { open: props.openingtag ?? "", close: props.closingtag ?? "" })
        : malformed
          ? msg(malformed, { tag: (props.context ?? props.xtag ?? "").replace(/^[{}]|\}$/g, "") })
          : msg("templates.malformed", { tag: props.xtag ?? "", detail: props.explanation ?? "" });
  const offset = Array.isArray(props.offset) ? props.offset[0] : props.offset;
  if (props.file === undefined || offset === undefined) return [{ message }];
  const xml = zip.file(props.file)?.asText() ?? "";
  return [{ message, place: placeMessage(locateTag(xml, props.file, offset)) }];
}

function openZip(template: Uint8Array): PizZip | null {
  try {
    const zip = new PizZip(template);
    return zip.file("word/document.xml") ? zip : null;
  } catch {
    return null;
  }
}

/** Compiles and fills; `snapshot` null only checks the template's names against the field list. */
function run(template: Uint8Array, snapshot: WorkbookSnapshot | null, options: FillOptions): FillResult {
  const zip = openZip(template);
  if (!zip) return { ok: false, problems: [{ message: msg("templates.notDocx") }] };
  const data = new TemplateData(snapshot ?? { tabs: new Map() }, options);
  if (snapshot && !data.hasConference())
    return {
      ok: false,
      problems: [{ message: msg("templates.noConference", { tab: CONFERENCE_TAB.name }) }],
    };
  const extra = new Set(snapshot ? data.extraHeaders() : []);
  try {
    const doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      parser: parserFor(data, extra),
      nullGetter: () => "",
    });
    if (!snapshot) return { ok: true, bytes: new Uint8Array() };
    doc.render({});
    const bytes: Uint8Array = doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
    return { ok: true, bytes };
  } catch (error) {
    const problems = problemsOf(error, zip);
    // A loop closed by the wrong name also leaves docxtemplater an empty tag: say the cause once.
    const causes = problems.filter((p) => p.message.key !== "templates.emptyTag");
    return { ok: false, problems: causes.length > 0 ? causes : problems };
  }
}

export function fillTemplate(
  template: Uint8Array,
  snapshot: WorkbookSnapshot,
  options: FillOptions,
): FillResult {
  return run(template, snapshot, options);
}

/** The problems of a template on its own (unknown names, malformed tags), when it is added. */
export function checkTemplate(template: Uint8Array): TemplateProblem[] {
  const result = run(template, null, { today: null });
  return result.ok ? [] : result.problems;
}
