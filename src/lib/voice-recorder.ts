/**
 * Records a short sound from the microphone (a card's word) with MediaRecorder, in a format this
 * browser can record and play back (WebM/Opus in Chrome, MP4 in Safari), stopping by itself at a
 * maximum length. The microphone is let go as soon as recording stops.
 */

export type MicrophoneProblem = 'refused' | 'missing' | 'failed';

export class MicrophoneError extends Error {
  constructor(readonly problem: MicrophoneProblem) {
    super(`microphone ${problem}`);
  }
}

export interface RecordedSound {
  readonly bytes: Uint8Array;
  readonly type: string;
}

export interface Recording {
  /** Stops early; `done` then resolves with what was recorded. */
  readonly stop: () => void;
  readonly done: Promise<RecordedSound>;
}

const TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];

function supportedType(): string | undefined {
  return TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

function problemOf(cause: unknown): MicrophoneProblem {
  const name = cause instanceof Error || cause instanceof DOMException ? cause.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'failed';
}

async function openMicrophone(): Promise<MediaStream> {
  // Both are missing on some browsers and outside a secure page, whatever the types say.
  const devices = navigator.mediaDevices as MediaDevices | undefined;
  if (typeof MediaRecorder === 'undefined' || typeof devices?.getUserMedia !== 'function') {
    throw new MicrophoneError('missing');
  }
  try {
    return await devices.getUserMedia({ audio: true });
  } catch (cause) {
    throw new MicrophoneError(problemOf(cause));
  }
}

/** A blob's bytes (FileReader where a browser's Blob has no arrayBuffer, as older Safari). */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(reader.result as ArrayBuffer);
    };
    reader.onerror = () => {
      reject(new MicrophoneError('failed'));
    };
    reader.readAsArrayBuffer(blob);
  });
}

/** Starts recording; rejects with a MicrophoneError when the microphone cannot be used. */
export async function startRecording(maxMs: number): Promise<Recording> {
  const stream = await openMicrophone();
  const mimeType = supportedType();
  const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  const done = new Promise<RecordedSound>((resolve, reject) => {
    recorder.onstop = () => {
      clearTimeout(timer);
      stream.getTracks().forEach((track) => track.stop());
      const type = recorder.mimeType || mimeType || 'audio/webm';
      bytesOf(new Blob(chunks, { type })).then(
        (buffer) => resolve({ bytes: new Uint8Array(buffer), type }),
        () => reject(new MicrophoneError('failed')),
      );
    };
    recorder.onerror = () => {
      stream.getTracks().forEach((track) => track.stop());
      reject(new MicrophoneError('failed'));
    };
  });
  const stop = () => {
    if (recorder.state !== 'inactive') recorder.stop();
  };
  const timer = setTimeout(stop, maxMs);
  recorder.start();
  return { stop, done };
}
