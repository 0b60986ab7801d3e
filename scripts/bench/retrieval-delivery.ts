// Benchmark 3: N submissions waiting in the sandbox → the time until every one is retrieved, receipted and
// delivered to a local webhook receiver, with 1 worker and then 2 side by side, against a script that only
// pages the events and reads each message.
import { getPrisma } from "@/lib/db/prisma";
import { sendJob } from "@/lib/jobs/send-job";
import { pollConnectionJob } from "@/lib/retrieval/retrieval-jobs";
import type { TBenchApp } from "./bench-app";
import { formatRate, formatRatio, type TBenchSection, type TTableRow } from "./bench-report";
import { sampleMemory } from "./process-memory";
import { readAllMessages } from "./retrieval-baseline";
import {
  createSubmissions,
  createWebhookTarget,
  findDemoForm,
  injectCitizenMessages,
  setConnectionActive,
  startReceiver,
} from "./retrieval-fixtures";

export type TRetrievalOptions = { count: number; receiverPort: number; timeoutMinutes: number };

type TRoundResult = {
  workers: number;
  count: number;
  isFinished: boolean;
  seconds: number;
  messagesPerSecond: number;
  retrievedSeconds: number | null;
  receiptedSeconds: number | null;
  deliveredSeconds: number | null;
  delivered: number;
  p50DeliverySeconds: number;
  p95DeliverySeconds: number;
  memoryPeakMegabytes: Record<string, number>;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function prepare(app: TBenchApp, connectionId: string, count: number, log: (line: string) => void) {
  // Inactive while the backlog builds up, so a scheduled poll does not start on half of it.
  await setConnectionActive(connectionId, false);
  const created = await createSubmissions(count);
  const startedAt = performance.now();
  await injectCitizenMessages(app.sandboxUrl, created.texts);
  log(
    `  retrieval: ${count} submissions stored and sent to the sandbox (${round1((performance.now() - startedAt) / 1000)} s)`,
  );
  return created.ids;
}

async function runRound(
  app: TBenchApp,
  connectionId: string,
  ids: string[],
  receiver: Awaited<ReturnType<typeof startReceiver>>,
  options: TRetrievalOptions & { workers: number },
  log: (line: string) => void,
): Promise<TRoundResult> {
  const prisma = getPrisma();
  const processes = app.processes();
  const memory = sampleMemory({
    web: processes.web,
    ...Object.fromEntries(processes.workers.map((pids, index) => [`worker ${index + 1}`, pids])),
  });
  await setConnectionActive(connectionId, true);
  const startedAt = Date.now();
  await sendJob(pollConnectionJob, { connectionId });
  const deadline = startedAt + options.timeoutMinutes * 60_000;
  let retrievedAt: number | null = null;
  let receiptedAt: number | null = null;
  let deliveredAt: number | null = null;
  let lastLog = startedAt;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const retrieved = await prisma.submission.count({
      where: { id: { in: ids }, retrievedAt: { not: null } },
    });
    const receipted = await prisma.retrievedMessage.count({
      where: { submissionId: { in: ids }, receiptStatus: "sent" },
    });
    const delivered = ids.filter((id) => receiver.arrivals.has(id)).length;
    const at = Date.now();
    if (retrievedAt === null && retrieved === ids.length) retrievedAt = at;
    if (receiptedAt === null && receipted === ids.length) receiptedAt = at;
    if (deliveredAt === null && delivered === ids.length) deliveredAt = at;
    if (at - lastLog > 15_000) {
      log(
        `    ${round1((at - startedAt) / 1000)} s: retrieved ${retrieved}, receipted ${receipted}, delivered ${delivered}`,
      );
      lastLog = at;
    }
    if ((retrievedAt && receiptedAt && deliveredAt) || at > deadline) break;
  }
  const memoryPeakMegabytes = memory.stop();
  const finishedAt = Math.max(
    retrievedAt ?? 0,
    receiptedAt ?? 0,
    deliveredAt ?? 0,
    Math.min(Date.now(), deadline),
  );
  const isFinished = Boolean(retrievedAt && receiptedAt && deliveredAt);
  const seconds =
    ((isFinished ? Math.max(retrievedAt!, receiptedAt!, deliveredAt!) : finishedAt) - startedAt) / 1000;
  const latencies = ids
    .filter((id) => receiver.arrivals.has(id))
    .map((id) => (receiver.arrivals.get(id)! - startedAt) / 1000);
  const relative = (at: number | null) => (at === null ? null : round1((at - startedAt) / 1000));
  return {
    workers: options.workers,
    count: ids.length,
    isFinished,
    seconds: round1(seconds),
    messagesPerSecond: round1(latencies.length / seconds),
    retrievedSeconds: relative(retrievedAt),
    receiptedSeconds: relative(receiptedAt),
    deliveredSeconds: relative(deliveredAt),
    delivered: latencies.length,
    p50DeliverySeconds: round1(percentile(latencies, 0.5)),
    p95DeliverySeconds: round1(percentile(latencies, 0.95)),
    memoryPeakMegabytes,
  };
}

export async function benchRetrievalDelivery(
  app: TBenchApp,
  options: TRetrievalOptions,
  log: (line: string) => void,
): Promise<TBenchSection> {
  const demo = await findDemoForm();
  const receiver = await startReceiver(options.receiverPort);
  try {
    await createWebhookTarget(demo.organizationId, receiver.url);
    const firstIds = await prepare(app, demo.connectionId, options.count, log);
    log("  retrieval: baseline (page events, read each message) …");
    const baseline = await readAllMessages(app.sandboxUrl);
    const baselineRate = baseline.messages / baseline.seconds;
    log(`    ${baseline.messages} messages in ${round1(baseline.seconds)} s = ${round1(baselineRate)} msg/s`);
    log("  retrieval: Lomake, 1 worker …");
    const one = await runRound(app, demo.connectionId, firstIds, receiver, { ...options, workers: 1 }, log);
    log(`    ${one.delivered}/${one.count} delivered in ${one.seconds} s`);
    const secondIds = await prepare(app, demo.connectionId, options.count, log);
    await app.startExtraWorker();
    log("  retrieval: Lomake, 2 workers …");
    const two = await runRound(app, demo.connectionId, secondIds, receiver, { ...options, workers: 2 }, log);
    log(`    ${two.delivered}/${two.count} delivered in ${two.seconds} s`);
    const describe = (round: TRoundResult) =>
      `${round.isFinished ? "" : `NOT FINISHED in ${options.timeoutMinutes} min (${round.delivered}/${round.count}); `}` +
      `${formatRate(round.messagesPerSecond, "msg/s")} (all done in ${round.seconds} s; retrieved ${round.retrievedSeconds ?? "–"} s, ` +
      `receipted ${round.receiptedSeconds ?? "–"} s); event→delivery p50 ${round.p50DeliverySeconds} s, p95 ${round.p95DeliverySeconds} s`;
    const rows: TTableRow[] = [
      {
        benchmark: "3 retrieval + delivery",
        measure: `N = ${options.count}, 1 worker`,
        lomake: describe(one),
        baseline: `${formatRate(baselineRate, "msg/s")} (read only)`,
        ratio: formatRatio(one.messagesPerSecond, baselineRate),
        goal: "≥ 33 %",
      },
      {
        benchmark: "3 retrieval + delivery",
        measure: `N = ${options.count}, 2 workers`,
        lomake: describe(two),
        baseline: "1 worker",
        ratio: `${formatRatio(two.messagesPerSecond, baselineRate)} of baseline; ${formatRatio(two.messagesPerSecond, one.messagesPerSecond)} of 1 worker`,
        goal: "2 workers faster than 1",
      },
    ];
    return {
      name: "retrieval",
      rows,
      details: {
        count: options.count,
        baseline,
        oneWorker: one,
        twoWorkers: two,
        duplicates: receiver.duplicates(),
      },
    };
  } finally {
    await receiver.close();
  }
}
