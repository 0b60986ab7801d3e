// A minimal SMTP server for integration tests: accepts every message on 127.0.0.1 and keeps it in memory,
// so a test sends real e-mail through the app's own transport (nodemailer, SMTP_URL) and reads what arrived.
import net from "node:net";
import type { AddressInfo } from "node:net";

export type TCapturedMail = { from: string; to: string[]; data: string; subject: string; body: string };

function headerValue(data: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, "im").exec(data);
  return match ? match[1]!.replace(/\r?\n[ \t]+/g, " ").trim() : "";
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_all, encoding: string, text: string) =>
    encoding.toLowerCase() === "b"
      ? Buffer.from(text, "base64").toString("utf8")
      : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** The body of a single-part message, decoded from quoted-printable or base64. */
function decodeBody(data: string): string {
  const split = data.indexOf("\r\n\r\n");
  const raw = split < 0 ? "" : data.slice(split + 4);
  const encoding = headerValue(data, "Content-Transfer-Encoding").toLowerCase();
  if (encoding === "base64") return Buffer.from(raw.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding !== "quoted-printable") return raw;
  return decodeQuotedPrintable(raw.replace(/=\r\n/g, ""));
}

export async function startSmtpCapture() {
  const mails: TCapturedMail[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let isData = false;
    let current: { from: string; to: string[] } = { from: "", to: [] };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 capture ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (isData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          const data = buffer.slice(0, end).replace(/\r\n\.\./g, "\r\n.");
          buffer = buffer.slice(end + 5);
          isData = false;
          const subject = decodeWords(headerValue(data, "Subject"));
          mails.push({ ...current, data, subject, body: decodeBody(data) });
          current = { from: "", to: [] };
          reply("250 OK queued");
          continue;
        }
        const lineEnd = buffer.indexOf("\r\n");
        if (lineEnd < 0) return;
        const line = buffer.slice(0, lineEnd);
        buffer = buffer.slice(lineEnd + 2);
        const command = line.slice(0, 4).toUpperCase();
        if (command === "EHLO" || command === "HELO") reply("250 capture");
        else if (command === "MAIL") {
          current.from = /<([^>]*)>/.exec(line)?.[1] ?? "";
          reply("250 OK");
        } else if (command === "RCPT") {
          current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
          reply("250 OK");
        } else if (command === "DATA") {
          isData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (command === "QUIT") {
          reply("221 Bye");
          socket.end();
          return;
        } else reply("250 OK");
      }
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
