/**
 * Readable ids for actors and topics: "Francisca Bostyn" → `francisca-bostyn`,
 * "l'État islamique" → `l-etat-islamique`, "Al-Qaïda" → `al-qaida`.
 */

/**
 * A lowercase slug of `name` not in `taken`: accents folded, every run of characters other
 * than letters and digits turned into one hyphen (letters of any script are kept), then
 * `-2`, `-3`… appended until the id is free. `taken` is not modified.
 */
export function slugify(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ß/g, 'ss')
      .replace(/[Œœ]/g, 'oe')
      .replace(/[Ææ]/g, 'ae')
      .replace(/[Øø]/g, 'o')
      .replace(/[Łł]/g, 'l')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed';
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
