export const SCOPE_NOTE =
  'Reciprocity is an educational tool for everyday give-and-take. It is not meant for unsafe, coercive, abusive or exploitative situations — please reach out to qualified support for those.';

/** A maintained international directory of help lines; we never hard-code numbers. */
export const SUPPORT_DIRECTORY = {
  label: 'Get support',
  url: 'https://findahelpline.com/',
} as const;

export const PRIVACY_PROMISE =
  'Everything you write here stays on this device. No accounts, no tracking, nothing sent anywhere.';
