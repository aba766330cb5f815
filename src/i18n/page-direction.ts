import i18n from 'i18next';

/** The direction the page is laid out in: the one set-up puts on `<html dir>`. */
export function pageDirection(): 'ltr' | 'rtl' {
  return i18n.dir(i18n.language) === 'rtl' ? 'rtl' : 'ltr';
}
