import { useEffect, useState } from 'react';

/**
 * An object URL for stored bytes, made after render and revoked when the bytes change or the
 * component unmounts, so a photo's memory is never held after it leaves the screen.
 */
export function useObjectUrl(bytes: Uint8Array | undefined, type: string | undefined) {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!bytes || !type) {
      setUrl(undefined);
      return;
    }
    // Copied into a fresh buffer: Blob takes the bytes as they are now, from any realm.
    const made = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes, type]);
  return url;
}
