// Starts a real ClamAV daemon (Debian's clamav-daemon) for tests, with a one-line signature database that
// detects the EICAR test file: signature downloads (freshclam) are not possible on test machines.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const CLAMD_BINARY = "/usr/sbin/clamd";
const EICAR_MD5 = "44d88612fea8a8f36de82e1278abb02f";

/** The EICAR anti-virus test file, assembled at run time so no scanner flags this source file. */
export function eicarBytes(): Buffer {
  const parts = ["X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"];
  return Buffer.from(parts.join(""), "ascii");
}

export function isClamdInstalled(): boolean {
  return existsSync(CLAMD_BINARY);
}

export async function startClamd(options: {
  dir: string;
  port: number;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = path.resolve(options.dir);
  mkdirSync(path.join(dir, "db"), { recursive: true });
  writeFileSync(path.join(dir, "db", "lomake-test.hdb"), `${EICAR_MD5}:68:Eicar-Test-Signature\n`);
  // The EICAR string anywhere in a file (as in a PDF that carries it), like real scanners' body signatures.
  writeFileSync(
    path.join(dir, "db", "lomake-test.ndb"),
    `Eicar-Test-Signature-Embedded:0:*:${eicarBytes().toString("hex")}\n`,
  );
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  writeFileSync(
    path.join(dir, "clamd.conf"),
    [
      `DatabaseDirectory ${path.join(dir, "db")}`,
      `TCPSocket ${options.port}`,
      "TCPAddr 127.0.0.1",
      "Foreground yes",
      `LogFile ${path.join(dir, "clamd.log")}`,
      ...(isRoot ? ["User root"] : []),
      "StreamMaxLength 25M",
    ].join("\n") + "\n",
  );
  let child: ChildProcess | undefined;
  if (!(await ping(options.port))) {
    child = spawn(CLAMD_BINARY, ["-c", path.join(dir, "clamd.conf")], { stdio: "ignore" });
    const deadline = Date.now() + 30_000;
    while (!(await ping(options.port))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error("clamd did not start");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    url: `tcp://127.0.0.1:${options.port}`,
    stop: async () => {
      if (!child || child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child!.once("exit", resolve));
    },
  };
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => socket.write("zPING\0"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("PONG"));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}
