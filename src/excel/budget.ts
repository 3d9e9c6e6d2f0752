// Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded); the desktop hosts
// have no such cap. A RequestBudget counts what the adapter queues and, only where a cap exists,
// syncs before the next assignment would cross it: desktop keeps its constant number of syncs, and the
// web pays one more round trip per full window.
//
// The count is our own (UTF-8 bytes of each array's JSON plus a fixed cost per call), not the client
// library's serialisation, so a window is filled to WINDOW_SHARE of the cap and the rest is headroom
// for object paths and the small calls (fonts, borders) counted only roughly. test/excel/realClient
// measures the real request bodies at 10,000 indicators against the cap.
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
const WINDOW_SHARE = 0.7;
/** An action with its object path, as the client library sends it: a little under this. */
export const CALL_BYTES = 200;

const encoder = new TextEncoder();

/** What assigning `value` adds to a request. */
export const payloadBytes = (value: unknown): number =>
  encoder.encode(JSON.stringify(value) ?? "").length + CALL_BYTES;

export class RequestBudget {
  private used = 0;

  /**
   * @param limit the host's request cap in bytes, or null for none (desktop).
   * @param afterSync re-applies what a sync lifts (suspended calculation) before writing goes on.
   */
  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit: number | null,
    private readonly afterSync: () => void = () => undefined
  ) {}

  /** The largest payload one request may carry by our count; infinite without a cap. */
  get window(): number {
    return this.limit === null ? Infinity : this.limit * WINDOW_SHARE;
  }

  /** Accounts for `bytes` about to be queued, syncing first when they would overflow the window. */
  async spend(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.window) {
      await this.context.sync();
      this.used = 0;
      this.afterSync();
    }
    this.used += bytes;
  }
}

/**
 * Consecutive runs of rows whose payload fits one window, as [first, last] row indexes: a sheet's cells
 * larger than a request are written in row bands, each its own assignment.
 */
export function rowBands(sizes: readonly number[], window: number): [number, number][] {
  const bands: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  sizes.forEach((size, r) => {
    if (r > start && bytes + size > window) {
      bands.push([start, r - 1]);
      start = r;
      bytes = 0;
    }
    bytes += size;
  });
  if (sizes.length > 0) bands.push([start, sizes.length - 1]);
  return bands;
}
