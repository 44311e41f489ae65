/** Unsigned LEB128 varints for non-negative integers up to 2^53, used by the compact model file. */

export class ByteWriter {
  buf: Uint8Array;
  len: number;
  constructor(initial = 1 << 16) {
    this.buf = new Uint8Array(initial);
    this.len = 0;
  }
  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let n = this.buf.length * 2;
    while (n < this.len + extra) n *= 2;
    const b = new Uint8Array(n);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  varint(value: number): void {
    if (!(value >= 0) || !Number.isInteger(value)) throw new Error(`varint: bad value ${value}`);
    this.ensure(8);
    let v = value;
    while (v >= 128) {
      this.buf[this.len++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    this.buf[this.len++] = v;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export class ByteReader {
  buf: Uint8Array;
  pos: number;
  constructor(buf: Uint8Array, pos = 0) {
    this.buf = buf;
    this.pos = pos;
  }
  varint(): number {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = this.buf[this.pos++];
      if (b === undefined) throw new Error('varint: unexpected end of data');
      result += (b & 127) * mul;
      if (b < 128) return result;
      mul *= 128;
    }
  }
}
