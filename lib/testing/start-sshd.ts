// Starts a real OpenSSH server (Debian's openssh-server, /usr/sbin/sshd) for tests: loopback only, its own
// host key and authorized_keys in a temporary folder, key authentication only, and SFTP through
// `internal-sftp` without a chroot, logging in as the user running the tests.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import ssh2 from "ssh2";

// ssh2 is CommonJS: Node's ESM loader (the worker, tsx) sees only its default export.
const { utils } = ssh2;

export const SSHD_BINARY = "/usr/sbin/sshd";

export function isSshdInstalled(): boolean {
  return existsSync(SSHD_BINARY) && existsSync("/usr/bin/ssh-keygen");
}

export type TTestSshd = {
  host: string;
  port: number;
  username: string;
  /** A folder on the server the user may write to (absolute, as the SFTP target is configured). */
  directory: string;
  /** A key pair whose public half is in authorized_keys. */
  clientKey: { privateKey: string; publicKey: string };
  /** The server's host key fingerprint as OpenSSH prints it (`ssh-keygen -lf`). */
  hostKeySha256: string;
  /** What the server logged (the last 64 KB), e.g. internal-sftp's open/rename lines. */
  log(): string;
  /** Stops the server but keeps its keys and files, as an outage would; `resume` starts it again. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Replaces the server's host key (as a reinstalled or impersonated server would) and restarts it. */
  replaceHostKey(): Promise<string>;
  stop(): Promise<void>;
};

function banner(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("SSH-2.0-"));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function fingerprintOfKeyFile(file: string): string {
  // "256 SHA256:abc… comment (ED25519)"
  return execFileSync("/usr/bin/ssh-keygen", ["-lf", file], { encoding: "utf8" }).split(" ")[1]!;
}

export async function startSshd(options: { port: number }): Promise<TTestSshd> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lomake-sshd-"));
  const directory = path.join(dir, "incoming");
  mkdirSync(directory);
  const hostKeyFile = path.join(dir, "host_ed25519");
  const generateHostKey = () => {
    rmSync(hostKeyFile, { force: true });
    rmSync(`${hostKeyFile}.pub`, { force: true });
    execFileSync("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKeyFile]);
    return fingerprintOfKeyFile(`${hostKeyFile}.pub`);
  };
  let hostKeySha256 = generateHostKey();
  const pair = utils.generateKeyPairSync("ed25519", { comment: "lomake-test" });
  writeFileSync(path.join(dir, "authorized_keys"), `${pair.public}\n`, { mode: 0o600 });
  const username = os.userInfo().username;
  const isRoot = process.getuid?.() === 0;
  // As root, sshd needs its privilege-separation folder (systemd's RuntimeDirectory creates it normally).
  if (isRoot) mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
  const config = path.join(dir, "sshd_config");
  writeFileSync(
    config,
    [
      `Port ${options.port}`,
      "ListenAddress 127.0.0.1",
      `HostKey ${hostKeyFile}`,
      `PidFile ${path.join(dir, "sshd.pid")}`,
      `AuthorizedKeysFile ${path.join(dir, "authorized_keys")}`,
      "PubkeyAuthentication yes",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      `PermitRootLogin ${isRoot ? "prohibit-password" : "no"}`,
      `AllowUsers ${username}`,
      // The temporary folder is not owned the way sshd insists on for home folders.
      "StrictModes no",
      "UsePAM no",
      // -l INFO logs every open, write and rename, so tests can see how files were written.
      "Subsystem sftp internal-sftp -l INFO",
      "LogLevel VERBOSE",
    ].join("\n") + "\n",
  );
  let child: ChildProcess | undefined;
  let log = "";
  const start = async () => {
    child = spawn(SSHD_BINARY, ["-D", "-e", "-f", config], { stdio: ["ignore", "ignore", "pipe"] });
    child.stderr?.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-65_536);
    });
    const deadline = Date.now() + 15_000;
    while (!(await banner(options.port))) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`sshd did not start on port ${options.port}: ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  await start();
  return {
    host: "127.0.0.1",
    port: options.port,
    username,
    directory,
    clientKey: { privateKey: pair.private, publicKey: pair.public },
    log: () => log,
    pause: stop,
    resume: start,
    get hostKeySha256() {
      return hostKeySha256;
    },
    replaceHostKey: async () => {
      await stop();
      hostKeySha256 = generateHostKey();
      await start();
      return hostKeySha256;
    },
    stop: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
