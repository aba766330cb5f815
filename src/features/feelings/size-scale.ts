import type { FeelingSize } from '../../domain/types';

/**
 * From calm to strong: pale green to deep red. Each fill is paired with a text colour that
 * keeps at least 4.5:1 contrast, and every size also has a word, so colour is never the only cue.
 */
const SCALE: Record<FeelingSize, { readonly fill: string; readonly text: string }> = {
  1: { fill: '#cdeccf', text: '#1a1a1a' },
  2: { fill: '#fbe7a1', text: '#1a1a1a' },
  3: { fill: '#f9c37a', text: '#1a1a1a' },
  4: { fill: '#ef8a5a', text: '#1a1a1a' },
  5: { fill: '#9b1c1c', text: '#ffffff' },
};

export function sizeColour(size: FeelingSize) {
  return SCALE[size];
}
