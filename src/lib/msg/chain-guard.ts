/**
 * A bound on how far @kenjiuno/msgreader follows block chains in an Outlook file. Its reader walks
 * each chain (`while (next != END_OF_CHAIN)`) with no check for a loop, so one damaged byte can send it
 * round a cycle until memory runs out (16 s for a one-byte change of a real fixture, found by the
 * property test in tests/unit/msg/read-msg.test.ts). A valid file's chains are disjoint, so the whole
 * read takes at most a few steps per 64-byte block; past a generous multiple of that, the next step
 * throws and readMsg answers that the file cannot be read.
 */
import { Reader } from "@kenjiuno/msgreader/lib/Reader.js";

/** Steps allowed per 64-byte block of the file (the smallest block), plus a floor for tiny files. */
const STEPS_PER_BLOCK = 8;
const MIN_STEPS = 10_000;

interface GuardedReader {
  ds: { byteLength: number };
  chainSteps?: number;
  getNextBlockInner(offset: number, blockOffsetData: number[]): number;
}

let installed = false;

/** Installs the bound on the library's reader (once; idempotent). */
export function guardChainWalks(): void {
  if (installed) return;
  installed = true;
  const proto = Reader.prototype as unknown as GuardedReader;
  const next = proto.getNextBlockInner;
  proto.getNextBlockInner = function (this: GuardedReader, offset: number, blockOffsetData: number[]): number {
    const steps = (this.chainSteps = (this.chainSteps ?? 0) + 1);
    if (steps > MIN_STEPS + STEPS_PER_BLOCK * Math.ceil(this.ds.byteLength / 64))
      throw new Error("msg: a block chain loops (damaged file)");
    return next.call(this, offset, blockOffsetData);
  };
}
