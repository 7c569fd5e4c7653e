import { i18n } from '#i18n';

/** UI strings, through WXT's i18n (English and French, following the browser's language). */
export const t = i18n.t;
