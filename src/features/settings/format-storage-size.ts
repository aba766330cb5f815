/**
 * Bytes as staff read them on a tablet: megabytes below a gigabyte, gigabytes above, in the
 * UI language's number style. Decimal units (1 MB = 1,000,000 bytes), as iPad and Android
 * storage settings count them.
 */
const MEGABYTE = 1_000_000;
const GIGABYTE = 1_000_000_000;

export function formatStorageSize(bytes: number, language: string): string {
  const isGigabytes = bytes >= GIGABYTE;
  const value = isGigabytes ? bytes / GIGABYTE : bytes / MEGABYTE;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: isGigabytes ? 'gigabyte' : 'megabyte',
    // One decimal only where it tells something ("0.4 MB", "1.5 GB"), none for big numbers.
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
