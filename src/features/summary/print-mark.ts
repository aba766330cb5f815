/**
 * "Confidential" and the day of printing at the head of every printed page. The words go into
 * the page's own margin box (`@page { @top-center }`), which repeats on every page and never
 * covers the summary; a constructed style sheet carries them, since the words depend on the
 * language and the day and the Content-Security-Policy allows no inline style.
 */
import { useEffect } from 'react';

/** A CSS string literal holding `text` exactly (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

export function printMarkRule(text: string): string {
  return `@page { @top-center { content: ${cssString(text)}; } }`;
}

/** Keeps the mark on printed pages while the summary is open, refreshed just before printing. */
export function usePrintMark(words: () => string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    const refresh = () => sheet.replaceSync(printMarkRule(words()));
    refresh();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.addEventListener('beforeprint', refresh);
    return () => {
      window.removeEventListener('beforeprint', refresh);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [words]);
}
