// The figures of the health panel as Prometheus metrics, for an organisation's own monitoring: retrieval lag,
// events waiting, undelivered and dead-lettered deliveries, held submissions, stall warnings, and the depth of
// each job queue. Computed from the database at each scrape, so every web process answers the same.
import "server-only";
import { Gauge, Registry } from "prom-client";
import { getPrisma } from "@/lib/db/prisma";
import { getOrganizationHealth } from "@/lib/delivery/get-organization-health";

export async function collectMetrics(): Promise<{ contentType: string; body: string }> {
  const registry = new Registry();
  const gauge = (name: string, help: string, labelNames: string[] = ["organization"]) =>
    new Gauge({ name, help, labelNames, registers: [registry] });
  const lag = gauge(
    "lomake_retrieval_lag_seconds",
    "Seconds since the last successful poll of Suomi.fi Messages (absent before the first)",
  );
  const sinceRetrieved = gauge(
    "lomake_retrieval_last_retrieved_age_seconds",
    "Seconds since a citizen message was last retrieved (absent before the first)",
  );
  const waiting = gauge(
    "lomake_retrieval_waiting_events",
    "Citizen-message events stored but not yet retrieved",
  );
  const waitingAge = gauge(
    "lomake_retrieval_waiting_oldest_age_seconds",
    "Seconds the oldest waiting event has waited (0 when none waits)",
  );
  const undelivered = gauge(
    "lomake_deliveries_undelivered",
    "Deliveries not yet done: pending, in progress or awaiting the pull target's acknowledgement",
  );
  const dead = gauge("lomake_deliveries_dead_lettered", "Deliveries whose retries ran out");
  const held = gauge("lomake_submissions_held", "Retrieved messages held for a handler's decision");
  const stalled = gauge(
    "lomake_retrieval_stalled",
    "1 while a stall warning holds: kind poll (no poll succeeded) or waiting (events wait, nothing retrieved)",
    ["organization", "kind"],
  );
  const queueDepth = gauge("lomake_job_queue_depth", "Jobs per queue and state (created, retry, active)", [
    "queue",
    "state",
  ]);
  const queueUp = gauge("lomake_job_queue_up", "1 when the job queue's tables could be read", []);

  const prisma = getPrisma();
  const organizations = await prisma.organization.findMany({ select: { id: true, slug: true } });
  for (const organization of organizations) {
    const health = await getOrganizationHealth(organization.id);
    const labels = { organization: organization.slug };
    if (health.lagMs !== null) lag.set(labels, health.lagMs / 1000);
    if (health.lastRetrievedAgeMs !== null) sinceRetrieved.set(labels, health.lastRetrievedAgeMs / 1000);
    waiting.set(labels, health.waitingEvents);
    waitingAge.set(labels, health.waitingLagMs / 1000);
    undelivered.set(labels, health.undelivered);
    dead.set(labels, health.dead);
    held.set(labels, health.held);
    stalled.set({ ...labels, kind: "poll" }, health.warnings.includes("poll-stalled") ? 1 : 0);
    stalled.set({ ...labels, kind: "waiting" }, health.warnings.includes("retrieval-stalled") ? 1 : 0);
  }

  try {
    const queues = await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.queue`;
    const counts = await prisma.$queryRaw<{ name: string; state: string; count: bigint }[]>`
      SELECT name, state::text AS state, count(*) AS count FROM pgboss.job
      WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`;
    for (const { name } of queues)
      for (const state of ["created", "retry", "active"]) {
        const row = counts.find((c) => c.name === name && c.state === state);
        queueDepth.set({ queue: name, state }, Number(row?.count ?? 0));
      }
    queueUp.set(1);
  } catch {
    // No worker has created the queue's tables yet.
    queueUp.set(0);
  }
  return { contentType: registry.contentType, body: await registry.metrics() };
}
