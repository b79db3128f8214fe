/**
 * Helpers for the stored items' valibot schemas. Stored values are never trusted: a value written
 * by an old version, a hand-edited profile or a truncated write is parsed like any other input, and
 * what does not pass falls back (a field to its default, a list or record to its valid members).
 */
import * as v from 'valibot';

type Schema<T> = v.GenericSchema<unknown, T>;

/** `raw` through `schema`, or `fallback` where it does not pass. */
export function parseOr<T, F>(schema: Schema<T>, raw: unknown, fallback: F): T | F {
  const result = v.safeParse(schema, raw);
  return result.success ? result.output : fallback;
}

/** A list of the members that pass `member`, in order; anything but a list does not pass. */
export function validMembers<T>(member: Schema<T>) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((list) =>
      list.flatMap((item) => {
        const result = v.safeParse(member, item);
        return result.success ? [result.output] : [];
      }),
    ),
  );
}

/**
 * A record of the pairs whose key passes `key` and whose value passes `value`; anything but a
 * record (a list too) is the empty record.
 */
export function validPairs<K extends string, T>(key: v.GenericSchema<string, K>, value: Schema<T>) {
  return v.pipe(
    v.fallback(
      v.pipe(
        v.unknown(),
        v.check((raw) => !Array.isArray(raw)),
        v.record(v.string(), v.unknown()),
      ),
      () => ({}),
    ),
    v.transform((record) => {
      const out = {} as Record<K, T>;
      for (const [k, x] of Object.entries(record)) {
        const [name, item] = [v.safeParse(key, k), v.safeParse(value, x)];
        if (name.success && item.success) out[name.output] = item.output;
      }
      return out;
    }),
  );
}
