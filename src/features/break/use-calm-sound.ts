import { useCallback, useEffect, useRef, useState } from 'react';
import { isCalmSoundSupported, startCalmSound, type CalmSound } from '../../lib/calm-sound';

export interface CalmSoundControl {
  readonly isSupported: boolean;
  readonly isPlaying: boolean;
  readonly toggle: () => void;
}

/** The calm sound's on/off state. Leaving the break (unmounting) always stops it. */
export function useCalmSound(): CalmSoundControl {
  const sound = useRef<CalmSound | null>(null);
  const [isPlaying, setIsPlaying] = useState(false);

  useEffect(
    () => () => {
      sound.current?.stop();
      sound.current = null;
    },
    [],
  );

  const toggle = useCallback(() => {
    if (sound.current) {
      sound.current.stop();
      sound.current = null;
      setIsPlaying(false);
      return;
    }
    sound.current = startCalmSound();
    setIsPlaying(true);
  }, []);

  return { isSupported: isCalmSoundSupported(), isPlaying, toggle };
}
