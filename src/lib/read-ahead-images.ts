/**
 * Pictures loaded and decoded before a screen shows them: an <img> of the same address then draws
 * in the screen's first frame instead of a few frames later (at a service's scale the storyboard's
 * 23 symbols took about 100 ms to parse after it opened). The last set read ahead is held here, so
 * the browser keeps it until the screen's own images take it over.
 */
let held: HTMLImageElement[] = [];

export function readAheadImages(urls: readonly string[]): void {
  held = urls.map((url) => {
    const image = new Image();
    image.src = url;
    // Not every browser decodes off screen (nor does jsdom); loading alone still parses the file.
    if (typeof image.decode === 'function') image.decode().catch(() => undefined);
    return image;
  });
}

/** The addresses read ahead and still held, for tests. */
export function heldImageUrls(): string[] {
  return held.map((image) => image.getAttribute('src') ?? '');
}
