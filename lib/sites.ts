/** Webmail and chat sites where the compose helper runs without being asked. */
export const COMPOSE_SITES = [
  { name: 'Gmail', match: 'https://mail.google.com/*', editor: 'contenteditable' },
  { name: 'Outlook', match: 'https://outlook.live.com/*', editor: 'RoosterJS' },
  { name: 'Outlook (work)', match: 'https://outlook.office.com/*', editor: 'RoosterJS' },
  { name: 'Outlook (365)', match: 'https://outlook.office365.com/*', editor: 'RoosterJS' },
  { name: 'Proton Mail', match: 'https://mail.proton.me/*', editor: 'RoosterJS in an iframe' },
  { name: 'Fastmail', match: 'https://app.fastmail.com/*', editor: 'Squire' },
  { name: 'Yahoo Mail', match: 'https://mail.yahoo.com/*', editor: 'contenteditable' },
  { name: 'Slack', match: 'https://app.slack.com/*', editor: 'Quill-derived' },
  { name: 'Discord', match: 'https://discord.com/*', editor: 'Slate' },
  { name: 'WhatsApp Web', match: 'https://web.whatsapp.com/*', editor: 'Lexical' },
  { name: 'Messenger', match: 'https://www.messenger.com/*', editor: 'Lexical' },
  { name: 'Microsoft Teams', match: 'https://teams.microsoft.com/*', editor: 'CKEditor 5' },
  { name: 'Microsoft Teams (live)', match: 'https://teams.live.com/*', editor: 'CKEditor 5' },
  { name: 'LinkedIn', match: 'https://www.linkedin.com/*', editor: 'contenteditable' },
  { name: 'Telegram Web', match: 'https://web.telegram.org/*', editor: 'contenteditable' },
  { name: 'Google Chat', match: 'https://chat.google.com/*', editor: 'contenteditable' },
] as const;

export const COMPOSE_MATCHES: readonly string[] = COMPOSE_SITES.map((s) => s.match);
