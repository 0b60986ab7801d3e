// The parts of the clamscan package (no bundled types) that Lomake uses.
declare module "clamscan" {
  import type { Readable } from "node:stream";

  type TClamdOptions = {
    socket?: string | false;
    host?: string | false;
    port?: number | false;
    timeout?: number;
    localFallback?: boolean;
    active?: boolean;
    bypassTest?: boolean;
    multiscan?: boolean;
  };

  export default class NodeClam {
    init(options: {
      removeInfected?: boolean;
      debugMode?: boolean;
      clamscan?: { active: boolean };
      clamdscan?: TClamdOptions;
      preference?: "clamdscan" | "clamscan";
    }): Promise<NodeClam>;
    scanStream(stream: Readable): Promise<{ isInfected: boolean | null; viruses: string[] }>;
  }
}
