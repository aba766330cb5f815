import 'i18next';
import type { defaultNS, EnglishWords } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: EnglishWords;
  }
}
