// Draft answers with the stored files put in place: file fields hold references to the draft's StoredFiles.
import type { TFileReference } from "@/lib/forms/answer-values";
import type { TDraftFile } from "./drafts";

const ROW_NAME = /^([A-Za-z][A-Za-z0-9_]*)\[(\d+)\]\.([A-Za-z][A-Za-z0-9_]*)$/;

function toReference(file: TDraftFile): TFileReference {
  return { id: file.id, name: file.name, size: file.size, sha256: file.sha256, mediaType: file.mediaType };
}

/** Files by input name ("photos", "costs[0].receipt"), for coerceFormInput's `files` option. */
export function filesByInputName(files: TDraftFile[]): Record<string, TFileReference[]> {
  const byName: Record<string, TFileReference[]> = {};
  for (const file of files) (byName[file.fieldKey] ??= []).push(toReference(file));
  return byName;
}

export function withDraftFiles(
  answers: Record<string, unknown>,
  files: TDraftFile[],
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...answers };
  for (const [name, references] of Object.entries(filesByInputName(files))) {
    const match = ROW_NAME.exec(name);
    if (!match) {
      result[name] = references;
      continue;
    }
    const [, group, index, key] = match as unknown as [string, string, string, string];
    const rows = Array.isArray(result[group]) ? [...(result[group] as Array<Record<string, unknown>>)] : [];
    const row = { ...(rows[Number(index)] ?? {}) };
    row[key] = references;
    rows[Number(index)] = row;
    result[group] = rows;
  }
  return result;
}
