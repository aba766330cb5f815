/** The languages the library's words come in (and a person's pictures and speech can use). */
export const CONTENT_LANGUAGES = ['en', 'es', 'pl', 'cy', 'ar'] as const;

export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
