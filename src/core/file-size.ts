/**
 * A file size as readers expect it in French: `275 ko`, `2,4 Mo`, `812 o`
 * (decimal units, 1 ko = 1000 octets, as the OQLF recommends; `Intl` gives the
 * unit symbols, the decimal comma and the non-breaking space before the unit).
 */
export function formatFileSize(bytes: number, locale = 'fr-CA'): string {
  const [unit, value, digits] =
    bytes < 1000
      ? (['byte', bytes, 0] as const)
      : bytes < 999_500
        ? (['kilobyte', bytes / 1000, 0] as const)
        : (['megabyte', bytes / 1_000_000, 1] as const);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
}
