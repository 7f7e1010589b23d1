/**
 * Readable identifiers made from names: "Francisca Bostyn" → "francisca-bostyn",
 * "l’État islamique" → "etat-islamique", "Al-Qaïda" → "al-qaida".
 */

/** Letters that do not decompose into a base letter plus marks. */
const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ĳ: 'ij' };

/**
 * A lowercase article at the start is not part of the name's identity ("la Belgique",
 * "le Sahel", "l’État islamique"); a capitalised one is ("Le Monde", "La Libre").
 */
const LEADING_ARTICLE = /^(?:(?:le|la|les|the)\s+|l['’ʼ])(?=\p{L})/u;

const MAX_SLUG_LENGTH = 60;

/**
 * A lowercase slug of `name`: accents folded, every run of other characters than letters and
 * digits turned into one hyphen, a leading lowercase article dropped, at most 60 characters
 * (cut at a hyphen when possible). Letters of other scripts are kept. "actor" when nothing is
 * left.
 */
export function slugify(name: string, fallback = 'actor'): string {
  const folded = name
    .trim()
    .replace(LEADING_ARTICLE, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłıĳ]/g, (c) => FOLDED[c]);
  let slug = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
    slug = slug.slice(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
  }
  return slug.length > 0 ? slug : fallback;
}

/** `base` if free, else `base-2`, `base-3`… (the first free one). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Whether `id` is acceptable as an actor or topic id: letters, digits, `-`, `_`, `.`, no spaces. */
export function isValidId(id: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(id);
}
