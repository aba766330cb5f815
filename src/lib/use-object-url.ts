import { useEffect, useState } from 'react';

/**
 * How long a picture's old URL stays valid after its bytes changed or it left the screen: the
 * browser may still be loading it (a busy tablet, a large photo), and revoking it mid-load is an
 * error ("Failed to load resource") for an image nobody sees any more.
 */
const REVOKE_AFTER_MS = 5_000;

/**
 * An object URL for stored bytes, made after render and revoked soon after the bytes change or
 * the component unmounts, so a photo's memory is not held once it has left the screen.
 */
export function useObjectUrl(bytes: Uint8Array | undefined, type: string | undefined) {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!bytes || !type) {
      setUrl(undefined);
      return;
    }
    // Blob copies the bytes as they are now; bytes from another realm are copied into this one's.
    const own = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const made = URL.createObjectURL(new Blob([own as Uint8Array<ArrayBuffer>], { type }));
    setUrl(made);
    return () => {
      setTimeout(() => URL.revokeObjectURL(made), REVOKE_AFTER_MS);
    };
  }, [bytes, type]);
  return url;
}
