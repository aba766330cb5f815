import { useCallback, useState } from 'react';
import type { Announcement } from './live-region';

/** State for a LiveRegion: each call makes a new announcement, even with the same words. */
export function useAnnouncer(): [Announcement | null, (text: string) => void] {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback((text: string) => {
    setAnnouncement((previous) => ({ id: (previous?.id ?? 0) + 1, text }));
  }, []);
  return [announcement, announce];
}
