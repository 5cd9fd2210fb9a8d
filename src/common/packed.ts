// A value kept packed while other stages run: v8's serialisation holds an object tree in a fraction of
// the heap it takes as objects, and unpacking gives back an exact copy (property order, undefined and
// NaN included), so what reads it later cannot tell.
import { deserialize, serialize } from 'node:v8';

export type Packed<T> = Buffer & { readonly __packed?: T };

export function pack<T>(value: T): Packed<T> {
  return serialize(value);
}

export function unpack<T>(packed: Packed<T>): T {
  return deserialize(packed) as T;
}
