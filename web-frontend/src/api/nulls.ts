/**
 * The specs declare optional properties, never nullable ones, so the generated types say
 * `T | undefined`. Some answers still carry `"measured": null`; dropping null properties
 * keeps the data true to its type (a `null` would slip past `!== undefined` checks).
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== null) result[key] = withoutNulls(item);
    }
    return result as T;
  }
  return value;
}
