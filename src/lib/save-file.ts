/**
 * Saving and reading files the user keeps. Saving is an `<a download>` on a blob URL, the one
 * way that works in every browser Restory runs in (iPad Safari shows its own download sheet).
 */
export function saveBytesAsFile(
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
  type: string,
): void {
  saveBlobAsFile(new Blob([bytes], { type }), fileName);
}

export function saveBlobAsFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Safari; a minute is ample for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** restory-backup-YYYY-MM-DD.zip, in the tablet's local date. */
/** A dated file name. It never holds a person's name: downloads folders are not private. */
export function backupFileName(date: Date, isOnePerson = false): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `restory-backup-${isOnePerson ? 'one-person-' : ''}${day}.zip`;
}

/**
 * A chosen file's bytes. FileReader rather than `file.arrayBuffer()`: it works in every browser
 * Restory supports and in jsdom, where component tests choose files.
 */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const { result } = reader;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error('The file could not be read'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}
