// Values kept packed while other stages run: v8's serialisation holds an object tree in a fraction of the
// heap it takes as objects, and unpacking gives back an exact copy (property order, undefined and NaN
// included), so what reads it later cannot tell. The packed bytes go one after another into large blocks:
// a Buffer each would cost about as much again as the bytes (measured: some 450 bytes of heap per Buffer).
import { deserialize, serialize } from 'node:v8';

const BLOCK = 1 << 20;

/** Packed values of one kind, each found again by the number `add` gave it. */
export class PackedValues<T> {
  /** `pack` and `unpack`: a form of its own for the kind of value (its view is copied at once), v8's by default */
  constructor(
    private readonly pack: (value: T) => Uint8Array = serialize,
    private readonly unpack: (bytes: Uint8Array) => T = deserialize,
  ) {}

  private blocks: Buffer[] = [];
  private free = 0;
  /** per value: its block, where it starts, its length */
  private where: number[] = [];

  add(value: T): number {
    return this.addBytes(this.pack(value));
  }

  /** A value packed elsewhere (another thread): its bytes, copied in. */
  addBytes(bytes: Uint8Array): number {
    let block = this.blocks[this.blocks.length - 1];
    if (!block || bytes.length > this.free) {
      block = Buffer.allocUnsafeSlow(Math.max(BLOCK, bytes.length));
      this.blocks.push(block);
      this.free = block.length;
    }
    const start = block.length - this.free;
    block.set(bytes, start);
    this.free -= bytes.length;
    this.where.push(this.blocks.length - 1, start, bytes.length);
    return this.where.length / 3 - 1;
  }

  get(n: number): T {
    return this.unpack(this.bytes(n));
  }

  /** Value `n` as packed (a view into its block: copy it to keep or send it). */
  bytes(n: number): Buffer {
    const [block, start, length] = [this.where[3 * n], this.where[3 * n + 1], this.where[3 * n + 2]];
    return this.blocks[block].subarray(start, start + length);
  }
}
