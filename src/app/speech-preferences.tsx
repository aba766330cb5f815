/**
 * Keeps the speaking code (lib/speech.ts) in step with Settings → Speech, so every speaker
 * button, read-aloud and picture tap uses the stored speed and voices without passing them.
 */
import { useEffect } from 'react';
import { setSpeechPreferences } from '../lib/speech';
import { useSpeechSettings } from '../storage/speech-settings-repo';

export function SpeechPreferences() {
  const settings = useSpeechSettings();
  useEffect(() => {
    if (settings) setSpeechPreferences(settings);
  }, [settings]);
  return null;
}
