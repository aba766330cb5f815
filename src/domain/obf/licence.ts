/**
 * Licences between OBF's `license` objects and ours. The spec: a resource without a licence is
 * private, all rights reserved; OBF files often write that as the type "private", which is what
 * the exporter writes and the importer reads back as ALL_RIGHTS_RESERVED.
 */
import { ALL_RIGHTS_RESERVED, type Licence } from './obf-types';

/** An OBF `license` object as the lenient schema reads it. */
export interface ObfLicence {
  readonly type?: string | undefined;
  readonly copyright_notice_url?: string | undefined;
  readonly source_url?: string | undefined;
  readonly author_name?: string | undefined;
  readonly author_url?: string | undefined;
  readonly author_email?: string | undefined;
}

const PRIVATE_TYPE = 'private';
const MEANS_ALL_RIGHTS_RESERVED = new Set([
  '',
  PRIVATE_TYPE,
  ALL_RIGHTS_RESERVED,
  'all rights reserved',
  'copyright',
]);

export const allRightsReserved = (): Licence => ({ type: ALL_RIGHTS_RESERVED });

/** The OpenMoji symbols' licence; each symbol names its own author in the OpenMoji data. */
export function openMojiLicence(authorName = 'OpenMoji'): Licence {
  return {
    type: 'CC BY-SA 4.0',
    copyrightNoticeUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    sourceUrl: 'https://openmoji.org',
    authorName,
    authorUrl: 'https://openmoji.org',
  };
}

/** Only the fields that were given, so that a licence compares equal after a round trip. */
export function licenceFromObf(raw: ObfLicence | undefined): Licence {
  if (!raw) return allRightsReserved();
  const type = raw.type?.trim() ?? '';
  return {
    type: MEANS_ALL_RIGHTS_RESERVED.has(type.toLowerCase()) ? ALL_RIGHTS_RESERVED : type,
    ...(raw.copyright_notice_url ? { copyrightNoticeUrl: raw.copyright_notice_url } : {}),
    ...(raw.source_url ? { sourceUrl: raw.source_url } : {}),
    ...(raw.author_name ? { authorName: raw.author_name } : {}),
    ...(raw.author_url ? { authorUrl: raw.author_url } : {}),
    ...(raw.author_email ? { authorEmail: raw.author_email } : {}),
  };
}

export function licenceToObf(licence: Licence | undefined): ObfLicence {
  const given = licence ?? allRightsReserved();
  return {
    type: given.type === ALL_RIGHTS_RESERVED ? PRIVATE_TYPE : given.type,
    ...(given.copyrightNoticeUrl ? { copyright_notice_url: given.copyrightNoticeUrl } : {}),
    ...(given.sourceUrl ? { source_url: given.sourceUrl } : {}),
    ...(given.authorName ? { author_name: given.authorName } : {}),
    ...(given.authorUrl ? { author_url: given.authorUrl } : {}),
    ...(given.authorEmail ? { author_email: given.authorEmail } : {}),
  };
}
