/** Photos made in the page, for tests that give a profile a picture. */
import type { Page } from '@playwright/test';

/**
 * A camera-like JPEG (gradient and grain; 12 megapixels by default), made by the browser itself.
 */
export async function makeCameraPhoto(page: Page, width = 4000, height = 3000): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([width, height]) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      const gradient = context.createLinearGradient(0, 0, width, height);
      gradient.addColorStop(0, '#3a6ea5');
      gradient.addColorStop(1, '#f2c14e');
      context.fillStyle = gradient;
      context.fillRect(0, 0, width, height);
      const image = context.getImageData(0, 0, width, height);
      // Grain, as a camera sensor makes: it is what makes real photos heavy to compress.
      for (let i = 0; i < image.data.length; i += 4) {
        const grain = (Math.random() - 0.5) * 60;
        image.data[i] = (image.data[i] ?? 0) + grain;
        image.data[i + 1] = (image.data[i + 1] ?? 0) + grain;
        image.data[i + 2] = (image.data[i + 2] ?? 0) + grain;
      }
      context.putImageData(image, 0, 0);
      const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', 0.92));
      if (!blob) throw new Error('no JPEG');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    },
    [width, height] as const,
  );
  return Buffer.from(base64, 'base64');
}
