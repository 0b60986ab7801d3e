// One list of a submission's files from the two places a file can be: the message the identified person sent
// through Suomi.fi (with JavaScript the hand-off posts the files too) and the copy Lomake kept at upload.
// A file that travelled is the same file as its kept copy, so it counts once everywhere: in the integrity
// check, in payloads, in the ledger.

export type TPairedAttachments<TRetrieved, TKept> = {
  /** Sent by the identified person, with the same SHA-256 as the copy Lomake kept. */
  travelled: { retrieved: TRetrieved; kept: TKept }[];
  /** Kept by Lomake only: the file did not travel with the message. */
  keptOnly: TKept[];
  /** Arrived with the message but Lomake kept no copy with that SHA-256 (added or changed on the way). */
  unexpected: TRetrieved[];
};

const normalise = (sha256: string) => sha256.trim().toLowerCase();

/** Pairs by SHA-256 as multisets: two identical uploads need two identical files in the message. */
export function pairAttachments<TRetrieved extends { sha256: string }, TKept extends { sha256: string }>(
  retrieved: readonly TRetrieved[],
  kept: readonly TKept[],
): TPairedAttachments<TRetrieved, TKept> {
  const waiting = new Map<string, TRetrieved[]>();
  for (const file of retrieved) {
    const key = normalise(file.sha256);
    waiting.set(key, [...(waiting.get(key) ?? []), file]);
  }
  const travelled: { retrieved: TRetrieved; kept: TKept }[] = [];
  const keptOnly: TKept[] = [];
  for (const file of kept) {
    const match = waiting.get(normalise(file.sha256))?.shift();
    if (match) travelled.push({ retrieved: match, kept: file });
    else keptOnly.push(file);
  }
  const unexpected = retrieved.filter((file) => !travelled.some((pair) => pair.retrieved === file));
  return { travelled, keptOnly, unexpected };
}

/** The SHA-256 of each file of the submission exactly once, for the integrity check. */
export function submissionFileSha256s(
  paired: TPairedAttachments<{ sha256: string }, { sha256: string }>,
): string[] {
  return [
    ...paired.travelled.map((pair) => pair.kept.sha256),
    ...paired.keptOnly.map((file) => file.sha256),
    ...paired.unexpected.map((file) => file.sha256),
  ];
}
