// The printed lines of the service-scale figures (bench-scale.mjs).
import { dragLine } from './bench-drag.mjs';

/** Each figure is a median of this many runs (bench-scale.mjs). */
export const RUNS = 3;

export function serviceScaleLines(f) {
  const rate = (size, ms) => (size / (ms / 1000)).toFixed(1);
  const line = (name, { ms, heap }) => `  ${name}: ${ms} ms (JS heap after: ${heap.toFixed(1)} MB)`;
  return [
    `At service scale (50 people, 500 conversations, 5,000 cards, 300 photos, 50 plans of 10 versions, 100 stories of 8 pages; offline, median of ${RUNS}):`,
    `  Replace restore of ${f.backupMb.toFixed(1)} MB: ${f.restoreMs} ms (${rate(f.backupMb, f.restoreMs)} MB/s)`,
    `  "Back up now" of everything, ${f.exportedMb.toFixed(1)} MB: ${f.exportMs} ms (${rate(f.exportedMb, f.exportMs)} MB/s)`,
    line('cold start to an interactive People list (navigation to it painted)', f.coldStart),
    line('opening a person (pressed to their conversations shown)', f.person),
    line("opening a finished conversation's summary", f.summary),
    line('opening a storyboard (Carry on pressed to the 8 steps × 3 pictures shown)', f.storyboard),
    line('printing a plan (staff version, 30 items, 10 versions, to an A4 PDF)', f.printPlan),
    `${line('printing an 8-page social story (one page per sheet, to an A4 PDF)', f.printStory)}; PDF ${f.printedStoryKb.toFixed(0)} KB`,
    line('saving a storyboard edit (Add step, to the new step on screen)', f.saveEdit),
    dragLine(f.drag, RUNS),
    `With "Protect with a passcode" on (the same tablet; ratio to the figure without):`,
    `  sealing every record already stored: ${f.protected.protectMs} ms`,
    line(
      'unlocking (Unlock pressed to the People list shown, every record but media opened)',
      f.protected.unlock,
    ),
    ...[
      ['opening a person', f.protected.person, f.person],
      ['opening a storyboard', f.protected.storyboard, f.storyboard],
      ['saving a storyboard edit', f.protected.saveEdit, f.saveEdit],
    ].map(
      ([name, on, off]) =>
        `${line(name, on)}; ${(on.ms / Math.max(off.ms, 1)).toFixed(2)}× the time without`,
    ),
  ];
}
