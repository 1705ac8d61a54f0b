/**
 * The parts every document shares: the decree's header block, the signer, the recipients.
 */

import type { MonthOrDate } from "../conference/facts.ts";
import type { Conference, NamedPerson } from "../conference/model.ts";
import { type CivilDate, pad2 } from "../dates/civil.ts";
import type { HeaderBlock, Recipients, Signer, SignoffBlock } from "./model.ts";
import { MOTTO, NATIONAL_TITLE, RECIPIENTS_LABEL } from "./template.ts";
import { numberLine, placeDateLine, punctuateList } from "./text.ts";

export interface HeaderOptions {
  /** Type abbreviation ("KH") and the number as staff wrote it; null: no number line. */
  number: { type: string; value: string } | null;
  /** The date of the place-and-date line; "none" leaves the line out (minutes). */
  date: MonthOrDate | CivilDate | null | "none";
}

export function headerBlock(c: Conference, options: HeaderOptions): HeaderBlock {
  return {
    kind: "header",
    supervisingBody: c.supervisingBody.toLocaleUpperCase("vi"),
    issuingBody: c.issuingBody.toLocaleUpperCase("vi"),
    number: options.number ? numberLine(options.number.value, options.number.type, c.issuerSymbol) : null,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    placeDate: options.date === "none" ? null : placeDateLine(c.placeName, options.date),
  };
}

export function signerOf(c: Conference): Signer {
  return {
    authority: c.signerAuthority.toLocaleUpperCase("vi"),
    title: c.signerTitle.toLocaleUpperCase("vi"),
    name: c.signer,
  };
}

export function recipients(items: readonly string[]): Recipients {
  return { label: RECIPIENTS_LABEL, items: punctuateList(items).map((item) => `- ${item}`) };
}

export function signoff(c: Conference, recipientItems: readonly string[]): SignoffBlock {
  return {
    kind: "signoff",
    recipients: recipientItems.length > 0 ? recipients(recipientItems) : null,
    signers: [signerOf(c)],
  };
}

/** "Lê Văn A – Bí thư Đảng ủy phường". */
export function personLine(p: NamedPerson): string {
  return p.title ? `${p.name} – ${p.title}` : p.name;
}

/** "Biên bản 05-03-2026": the document and the conference's date, safe in any file system. */
export function fileNameOf(name: string, date: CivilDate | null): string {
  return date ? `${name} ${pad2(date.day)}-${pad2(date.month)}-${date.year}` : name;
}
