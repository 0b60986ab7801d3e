/** An attachment as a download: never rendered inline by a browser. */
export function fileResponse(file: { bytes: Buffer; filename: string; mediaType: string }): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.mediaType || "application/octet-stream",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    },
  });
}
