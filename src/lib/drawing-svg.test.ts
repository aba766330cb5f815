import { describe, expect, it } from 'vitest';
import { drawingSvg } from './drawing-svg';

describe('drawingSvg', () => {
  it('draws each stroke as a filled path on white, the size of the drawing area', () => {
    const svg = drawingSvg([
      {
        colour: '#c0392b',
        points: [
          [10, 10, 0.5],
          [60, 40, 0.5],
          [120, 80, 0.5],
        ],
      },
    ]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 480 300"/);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toMatch(/<path d="M [\d. ]+Q[^"]+Z" fill="#c0392b"\/>/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('lets no strange colour into the markup', () => {
    const svg = drawingSvg([
      {
        colour: '"/><script>',
        points: [
          [1, 1, 0.5],
          [2, 2, 0.5],
        ],
      },
    ]);
    expect(svg).not.toContain('script');
  });
});
