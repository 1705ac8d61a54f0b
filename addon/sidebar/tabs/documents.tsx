/**
 * The `Văn bản` tab: per document, "sẵn sàng" or what is missing (the server's `documents.status`,
 * the same checks and words as `doi-thoai render`), and the blanks a ready one would print. A click
 * makes a new Google Doc and shows its link; the Docs made so far come from the `Văn bản` log tab.
 * In the local preview, which sets `window.__doiThoaiPreview`, each document is a .docx download
 * instead; a refusal (HTTP 422) shows the server's reason, never a silent cancelled download.
 */
import { useEffect, useState } from "preact/hooks";
import type { InvitationMode } from "../../../shared/documents/index.ts";
import { DOCUMENT_KINDS, type DocumentKind } from "../../../shared/documents/model.ts";
import type { Message, MessageKey } from "../../../shared/i18n/index.ts";
import type { CreatedDocument, DocumentLogEntry, DocumentStatus } from "../../rpc/document-actions.ts";
import { tr, trMessage } from "../locale.ts";
import { ActionFailed, call } from "../rpc-client.ts";
import { Changes, useChanges } from "../store.ts";
import { type PreviewHooks, previewDownload, previewHooks } from "./documents-preview.ts";
import { StatusLine } from "./documents-status.tsx";
import type { SidebarApp, SidebarTab, TabProps } from "./types.ts";

const KIND_LABEL: Record<DocumentKind, MessageKey> = {
  plan: "documents.kind.plan",
  invitations: "documents.kind.invitations",
  signin: "documents.kind.signin",
  minutes: "documents.kind.minutes",
  report: "documents.kind.report",
};

/** The name other tabs (desk, opinions) keep for the clerk; recorded with each Doc made. */
const CLERK_KEY = "doiThoai.clerk";

function storedClerk(): string {
  try {
    return localStorage.getItem(CLERK_KEY) ?? "";
  } catch {
    return "";
  }
}

// Kept across tab switches (the panel is unmounted when another tab is shown).
const documents = {
  created: [] as CreatedDocument[],
  invitationMode: "invitee" as InvitationMode,
  status: null as DocumentStatus[] | null,
  log: [] as DocumentLogEntry[],
  by: storedClerk(),
  /** Why the last click on a document failed, shown under it (where the clerk is looking). */
  failed: {} as Partial<Record<DocumentKind, (Message | string)[]>>,
};

function setFailed(kind: DocumentKind, reasons: (Message | string)[] | null): void {
  if (reasons) documents.failed[kind] = reasons;
  else delete documents.failed[kind];
  changes.notify();
}

/** The reasons a failed action gave: the server's messages, or the error's text. */
function reasonsOf(error: unknown): (Message | string)[] {
  return error instanceof ActionFailed ? error.messages : [String(error)];
}
const changes = new Changes();

/** Asks the server again what each document lacks, and which Docs were made. */
async function refresh(app: SidebarApp, preview: boolean): Promise<void> {
  try {
    documents.status = await call("documents.status");
    if (!preview) documents.log = await call("documents.list");
  } catch (error) {
    app.showError(error);
  }
  changes.notify();
}

function ModeChoice() {
  const option = (mode: InvitationMode, label: MessageKey) => (
    <label style="display:block">
      <input
        type="radio"
        name="invitation-mode"
        value={mode}
        checked={documents.invitationMode === mode}
        onChange={(event) => {
          if (event.currentTarget.checked) documents.invitationMode = mode;
          changes.notify();
        }}
      />{" "}
      {tr(label)}
    </label>
  );
  return (
    <fieldset data-testid="invitation-mode" style="border:0;padding:0;margin:0 0 4px 12px">
      <legend class="muted">{tr("documents.invitationMode")}</legend>
      {option("invitee", "documents.invitationMode.invitee")}
      {option("category", "documents.invitationMode.category")}
    </fieldset>
  );
}

function CreateButton({ kind, app }: { kind: DocumentKind; app: SidebarApp }) {
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    try {
      const mode = kind === "invitations" ? { invitations: documents.invitationMode } : {};
      const by = documents.by.trim();
      const doc = await call("createDocument", { kind, ...mode, ...(by ? { by } : {}) });
      setFailed(kind, null);
      documents.created.unshift(doc);
      app.showNotice(
        [
          tr("documents.created", { name: doc.name }),
          doc.inSpreadsheetFolder ? "" : tr("documents.notInFolder"),
          ...(doc.warnings ?? []).map((warning) => trMessage(warning)),
        ]
          .filter(Boolean)
          .join(" "),
      );
      void refresh(app, false);
    } catch (error) {
      // An unready document: the server's reasons (the checklist's words), under the button.
      setFailed(kind, reasonsOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" class="primary" data-action={`create-${kind}`} disabled={busy} onClick={create}>
      {tr(busy ? "documents.creating" : "documents.create")}
    </button>
  );
}

function DownloadButton({ kind, preview }: { kind: DocumentKind; preview: PreviewHooks }) {
  const [busy, setBusy] = useState(false);
  const download = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await previewDownload(preview.downloadUrl(kind));
    setBusy(false);
    const name = tr(KIND_LABEL[kind]);
    setFailed(kind, result.ok ? null : [tr("documents.downloadFailed", { document: name }), result.message]);
  };
  return (
    <a href={preview.downloadUrl(kind)} data-action={`download-${kind}`} aria-busy={busy} onClick={download}>
      {tr("documents.download")}
    </a>
  );
}

/** Why the last click failed, right under the button: a long checklist may hide the top notices. */
function Failure({ kind }: { kind: DocumentKind }) {
  const reasons = documents.failed[kind];
  if (!reasons) return null;
  return (
    <div class="notice error" role="alert" data-testid={`failed-${kind}`}>
      <strong>{tr("sidebar.error")}</strong>
      <ul>
        {reasons.map((reason, i) => (
          <li key={i}>{typeof reason === "string" ? reason : trMessage(reason)}</li>
        ))}
      </ul>
    </div>
  );
}

function DocumentRow({
  kind,
  app,
  preview,
}: {
  kind: DocumentKind;
  app: SidebarApp;
  preview: PreviewHooks | null;
}) {
  const status = documents.status?.find((s) => s.kind === kind);
  return (
    <section data-document={kind} style="margin:8px 0;padding:6px 0;border-bottom:1px solid var(--line)">
      <h3 style="margin:0 0 2px">{tr(KIND_LABEL[kind])}</h3>
      <StatusLine status={status} />
      {kind === "invitations" && !preview ? <ModeChoice /> : null}
      {preview ? <DownloadButton kind={kind} preview={preview} /> : <CreateButton kind={kind} app={app} />}
      <Failure kind={kind} />
    </section>
  );
}

/** Docs made in this session first, then the `Văn bản` log tab's latest (newest first). */
function CreatedList() {
  const fromLog = documents.log.filter((entry) => !documents.created.some((doc) => doc.url === entry.url));
  if (documents.created.length === 0 && fromLog.length === 0) return null;
  return (
    <section data-testid="created-documents">
      <h3>{tr(documents.log.length > 0 ? "documents.logged" : "documents.createdList")}</h3>
      <ul style="padding-left:16px">
        {documents.created.map((doc, i) => (
          // Counted from the oldest: new Docs go on top and the others keep their key.
          <li key={`${doc.id}-${documents.created.length - i}`}>
            <a href={doc.url} target="_blank" rel="noopener">
              {doc.name}
            </a>
          </li>
        ))}
        {fromLog.map((entry) => (
          <li key={entry.url}>
            <a href={entry.url} target="_blank" rel="noopener">
              {entry.name}
            </a>
            <div class="muted" style="font-size:12px">
              {entry.by ? tr("documents.logLine", { time: entry.createdAt, by: entry.by }) : entry.createdAt}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ClerkName() {
  return (
    <label style="display:block;font-size:12px;margin:4px 0">
      {tr("documents.by")}{" "}
      <input
        data-testid="documents-by"
        value={documents.by}
        style="width:60%"
        onInput={(event) => {
          documents.by = event.currentTarget.value;
          try {
            localStorage.setItem(CLERK_KEY, documents.by);
          } catch {
            // Storage may be blocked in the add-on iframe: the name lasts for this session.
          }
        }}
      />
    </label>
  );
}

function DocumentsPanel({ app, overview }: TabProps) {
  useChanges(changes);
  const preview = previewHooks();
  // Again whenever the overview is reloaded: the workbook may have changed meanwhile.
  useEffect(() => {
    void refresh(app, preview !== null);
  }, [app, overview, preview !== null]);
  return (
    <>
      <p class="muted">{tr(preview ? "documents.previewNote" : "documents.intro")}</p>
      {preview ? null : <ClerkName />}
      {DOCUMENT_KINDS.map((kind) => (
        <DocumentRow key={kind} kind={kind} app={app} preview={preview} />
      ))}
      <CreatedList />
    </>
  );
}

export const documentsTab: SidebarTab = {
  id: "documents",
  label: "sidebar.tab.documents",
  Panel: DocumentsPanel,
};
