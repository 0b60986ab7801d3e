import type { TApiScope } from "@/lib/delivery/pull/api-scopes";

/** What every key made before scopes could do (the migration keeps exactly this): read and acknowledge. */
export const PULL_SCOPES: readonly TApiScope[] = ["submissions:read", "submissions:ack"];
