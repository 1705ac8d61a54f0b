/**
 * Optional items whose absence leaves dots or a placeholder in a document that is otherwise ready
 * ("Hội nghị kết thúc vào ... giờ ...", "(Chưa ghi: Hội nghị › Diễn biến hội nghị.)"): named before
 * the click, so that a clerk fills them or makes the document knowingly.
 */
import type { FactKey } from "../schema/conference-facts.ts";
import { factSpec } from "../schema/conference-facts.ts";
import { CONFERENCE_TAB } from "../schema/tabs.ts";
import type { Conference } from "./model.ts";

/** Per document kind ("minutes"...): the items printed as blanks when empty. */
const BLANKS: Readonly<Record<string, readonly FactKey[]>> = {
  minutes: ["endTime", "proceedings", "conclusion"],
  // "Thực hiện Kế hoạch số      /KH-UBND ngày   tháng   năm" once the plan is out.
  report: ["planNumber", "planDate"],
};

function isEmpty(c: Conference, key: FactKey): boolean {
  switch (key) {
    case "endTime":
      return c.endTime === null;
    case "proceedings":
      return c.proceedings.length === 0;
    case "conclusion":
      return c.conclusions.length === 0;
    case "planNumber":
      return c.planNumber.trim() === "";
    case "planDate":
      return c.planDate === null || c.planDate.day === null;
    default:
      return false;
  }
}

/** "Hội nghị › Giờ kết thúc" for each item the document would leave blank, in schema order. */
export function documentBlanks(kind: string, c: Conference): string[] {
  return (BLANKS[kind] ?? [])
    .filter((key) => isEmpty(c, key))
    .map((key) => `${CONFERENCE_TAB.name} › ${factSpec(key).label}`);
}
