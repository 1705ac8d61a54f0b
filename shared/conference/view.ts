/**
 * The conference's key facts in the shape the sidebar shows (plain JSON, dates as text).
 */
import { isoDate } from "../dates/civil.ts";
import { formatStartMoment } from "../dates/vietnamese.ts";
import type { Conference } from "./model.ts";

export interface ConferenceSummary {
  title: string;
  issuingBody: string;
  placeName: string;
  startDate: string | null;
  startMoment: string | null;
  venue: string;
  chairs: { name: string; title: string }[];
  /** Who signs CHỦ TỌA in the minutes. */
  presiding: { name: string; title: string } | null;
  secretary: { name: string; title: string } | null;
}

export function summariseConference(c: Conference): ConferenceSummary {
  return {
    title: c.title,
    issuingBody: c.issuingBody,
    placeName: c.placeName,
    startDate: c.startDate ? isoDate(c.startDate) : null,
    startMoment: c.startDate && c.startTime ? formatStartMoment(c.startDate, c.startTime) : null,
    venue: c.venue,
    chairs: c.chairs.map((p) => ({ name: p.name, title: p.title })),
    presiding: c.presiding ? { name: c.presiding.name, title: c.presiding.title } : null,
    secretary: c.secretary ? { name: c.secretary.name, title: c.secretary.title } : null,
  };
}
