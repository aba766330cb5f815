/**
 * The picture for each Together step in the progress strip: OpenMoji symbols that the starter
 * content already ships (tests/content checks each one is there, so the build bundles it).
 */
import type { TogetherStep } from '../../domain/types';

export const STEP_SYMBOLS: Readonly<Record<TogetherStep, string>> = {
  welcome: '1F44B',
  'what-happened': '1F4AC',
  'how-did-it-feel': '1F600',
  'who-was-affected': '1F465',
  'making-things-right': '1F91D',
  'harmed-thought': '1F914',
  'harmed-impact': '1F465',
  'harmed-hardest': '1F9E9',
  'harmed-make-right': '1F91D',
  'what-can-help': '1F64B',
  'something-good': '1F389',
  finish: '2611',
};
