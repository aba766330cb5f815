import { useCallback, useEffect, useRef, useState } from 'react';
import { speak, speechSupportFor, stopSpeaking, type SpeechSupport } from './speech';

export interface ReadAloud {
  /** 'checking' until the device has said whether it can speak the language. */
  readonly support: SpeechSupport | 'checking';
  readonly isReading: boolean;
  /** Call inside the tap: tablets only allow speech that a tap started. */
  readonly read: (text: string) => void;
  readonly stop: () => void;
}

export function useReadAloud(language: string): ReadAloud {
  const [support, setSupport] = useState<SpeechSupport | 'checking'>('checking');
  const [isReading, setReading] = useState(false);
  // Each reading gets a number, so the end of an earlier one never resets a later one.
  const reading = useRef(0);
  const isReadingRef = useRef(false);

  useEffect(() => {
    let isLive = true;
    void speechSupportFor(language).then((found) => {
      if (isLive) setSupport(found);
    });
    return () => {
      isLive = false;
    };
  }, [language]);

  // Leaving the step stops the voice: it should not carry on over another screen.
  useEffect(
    () => () => {
      if (isReadingRef.current) stopSpeaking();
    },
    [],
  );

  const setBoth = useCallback((value: boolean) => {
    isReadingRef.current = value;
    setReading(value);
  }, []);

  const read = useCallback(
    (text: string) => {
      reading.current += 1;
      const mine = reading.current;
      setBoth(true);
      void speak(text, language).then(() => {
        if (reading.current === mine) setBoth(false);
      });
    },
    [language, setBoth],
  );

  // Some engines never report the end of cancelled words, so stopping does not wait for them.
  const stop = useCallback(() => {
    reading.current += 1;
    stopSpeaking();
    setBoth(false);
  }, [setBoth]);

  return { support, isReading, read, stop };
}
