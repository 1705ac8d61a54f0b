/** Opinions as the actions answer them: plain JSON, the workbook's words, dates dd/mm/yyyy. */

import type { CivilDate } from "../../../shared/dates/civil.ts";
import { msg } from "../../../shared/i18n/index.ts";
import type { Deadline } from "../../../shared/opinions/deadlines.ts";
import { nextStatuses } from "../../../shared/opinions/lifecycle.ts";
import type { Opinion } from "../../../shared/opinions/opinions.ts";
import { isOverdue, type OpinionTallies } from "../../../shared/opinions/tally.ts";
import { OPINION_CHANNELS, OPINION_STATUSES } from "../../../shared/schema/choices.ts";
import type { DeadlineItem, OpinionItem, OpinionTallyResult } from "../../rpc/opinion-actions.ts";
import { dayText } from "./setting.ts";

export function opinionItem(o: Opinion, today: CivilDate, carried: boolean): OpinionItem {
  return {
    id: o.id,
    conference: dayText(o.conferenceDate),
    carriedOver: carried,
    channel: o.channel ? OPINION_CHANNELS[o.channel] : "",
    asker: o.askerName,
    anonymous: o.anonymous,
    tdp: o.tdp,
    kdc: o.kdc,
    content: o.content,
    field: o.field,
    level: o.level,
    answerer: o.answerer,
    answer: o.answer,
    status: o.status ? OPINION_STATUSES[o.status] : "",
    statusKey: o.status,
    next: [...nextStatuses(o.status)],
    assignedUnit: o.assignedUnit,
    dueDate: dayText(o.dueDate),
    forwardedTo: o.forwardedTo,
    forwardRef: o.forwardRef,
    mergedInto: o.mergedInto,
    resolution: o.resolution,
    settledOn: dayText(o.settledOn),
    overdue: isOverdue(o, today),
  };
}

export function tallyResult(t: OpinionTallies, overdue: number): OpinionTallyResult {
  return {
    total: t.total,
    byChannel: [
      { label: OPINION_CHANNELS.slip, count: t.byChannel.slip },
      { label: OPINION_CHANNELS.direct, count: t.byChannel.direct },
      ...(t.byChannel.unknown > 0 ? [{ label: "", count: t.byChannel.unknown }] : []),
    ],
    byField: t.byField,
    byLevel: t.byLevel,
    byStatus: t.byStatus,
    byAnswerer: t.byAnswerer,
    answeredAtMeeting: t.answeredAtMeeting,
    overdue,
  };
}

export function deadlineItem(d: Deadline): DeadlineItem {
  const label =
    d.kind === "followUp"
      ? msg("opinions.due.followUp", { id: d.opinionId ?? "" })
      : msg(
          d.kind === "announce"
            ? "opinions.due.announce"
            : d.kind === "publish"
              ? "opinions.due.publish"
              : "opinions.due.report",
        );
  return {
    kind: d.kind,
    date: dayText(d.date),
    daysLeft: d.daysLeft,
    overdue: d.overdue,
    opinionId: d.opinionId ?? null,
    unit: d.unit ?? "",
    label,
  };
}
