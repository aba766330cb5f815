/**
 * Picture and sound bytes. Stored as Uint8Array with their type, never as Blob (iPad Safari has
 * broken stored Blobs). Writes that change a person's picture live in people-repo, so that the
 * picture and its bytes change in one transaction.
 */
import { useLiveQuery } from './live-query';
import { NOT_FOUND } from './hooks';
import { readMedia } from './protection';

export interface StoredBytes {
  readonly bytes: Uint8Array;
  readonly type: string;
}

/** One media record's bytes and type; null when it is gone, undefined while loading. */
export function useMediaBytes(mediaId: string | undefined): StoredBytes | null | undefined {
  return useLiveQuery(async () => {
    // Followed live through the media table; with protection on, opened only here (protection.ts).
    const media = mediaId ? await readMedia(mediaId) : undefined;
    return media ? { bytes: media.bytes, type: media.type } : NOT_FOUND;
  }, [mediaId]);
}

/** One media record's bytes and type, read once (to play a card's recording); null when gone. */
export async function readMediaBytes(mediaId: string): Promise<StoredBytes | null> {
  const media = await readMedia(mediaId);
  return media ? { bytes: media.bytes, type: media.type } : null;
}
