/**
 * A page's printable part as one self-contained HTML file: its markup, the app's styles and
 * every picture inside it as a data URL, so the file opens and prints (or saves as PDF) on any
 * device, offline, fetching nothing. Pictures are read from this origin only (the app's own
 * symbols and object URLs of stored photos); any other address is dropped, never fetched.
 */
import { saveBlobAsFile } from './save-file';

async function asDataUrl(src: string): Promise<string | null> {
  const url = new URL(src, document.baseURI);
  if (url.protocol !== 'blob:' && url.origin !== location.origin) return null;
  try {
    const blob = await (await fetch(url)).blob();
    return await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(blob);
    });
  } catch {
    return null;
  }
}

/** The text of every style rule this page can read (its own bundled style sheets). */
function pageStyles(): string {
  return [...document.styleSheets]
    .flatMap((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText);
      } catch {
        return [];
      }
    })
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PrintableFile {
  readonly element: HTMLElement;
  readonly title: string;
  readonly language: string;
  /** Words at the head of every printed page ("Confidential — 4 December 2026"). */
  readonly pageMark: string;
}

export async function printableHtml({
  element,
  title,
  language,
  pageMark,
}: PrintableFile): Promise<string> {
  // A copy in an inert document: its pictures are never loaded here (the page's policy allows no
  // data: pictures, and a copy in this document would try).
  const inert = document.implementation.createHTMLDocument('');
  const copy = inert.importNode(element, true);
  for (const node of copy.querySelectorAll('[data-screen-only]')) node.remove();
  await Promise.all(
    [...copy.querySelectorAll('img')].map(async (img) => {
      const data = await asDataUrl(img.getAttribute('src') ?? '');
      if (data === null) img.removeAttribute('src');
      else img.setAttribute('src', data);
    }),
  );
  const mark = JSON.stringify(pageMark);
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${escapeHtml(document.documentElement.dir || 'ltr')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${pageStyles()}
@page { @top-center { content: ${mark}; } }
body { margin: 16px; }
</style>
</head>
<body>
${copy.outerHTML}
</body>
</html>
`;
}

/**
 * Shares the file where the device can share files (the Web Share API), else saves it. Says
 * which happened; a share the person cancels is neither.
 */
export async function shareOrSave(
  html: string,
  fileName: string,
  title: string,
): Promise<'share' | 'download' | 'cancelled'> {
  const file = new File([html], fileName, { type: 'text/html' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title });
      return 'share';
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') return 'cancelled';
      throw cause;
    }
  }
  saveBlobAsFile(file, fileName);
  return 'download';
}
