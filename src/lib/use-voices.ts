import { useEffect, useState } from 'react';
import { loadVoices } from './speech';

/** The tablet's voices, following them as they load (they often arrive late) or change. */
export function useVoices(): readonly SpeechSynthesisVoice[] | undefined {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[] | undefined>(undefined);
  useEffect(() => {
    let isLive = true;
    void loadVoices().then((found) => {
      if (isLive) setVoices(found);
    });
    const speech = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
    const changed = () => {
      setVoices(speech?.getVoices() ?? []);
    };
    speech?.addEventListener('voiceschanged', changed);
    return () => {
      isLive = false;
      speech?.removeEventListener('voiceschanged', changed);
    };
  }, []);
  return voices;
}
