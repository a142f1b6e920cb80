/**
 * Domains that hand an address to anyone (webmail, an internet provider's), as opposed to a company's
 * own domain, where the user name is one the company chose: beyond the well-known providers, the
 * ones English and European contact lists hold most.
 */
import { WELL_KNOWN_MAIL_DOMAINS } from '../../normalise/mail-domains';

const FREE_MAIL = new Set([
  ...WELL_KNOWN_MAIL_DOMAINS,
  'mail.com',
  'email.com',
  'ymail.com',
  'rocketmail.com',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'me.com',
  'mac.com',
  'proton.me',
  'pm.me',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'bellsouth.net',
  'cox.net',
  'charter.net',
  'earthlink.net',
  'optonline.net',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'ntlworld.com',
  'talktalk.net',
  'orange.fr',
  'free.fr',
  'wanadoo.fr',
  'laposte.net',
  't-online.de',
  'libero.it',
  'shaw.ca',
  'rogers.com',
  'sympatico.ca',
  'bigpond.com',
  'optusnet.com.au',
  'xtra.co.nz',
  'tom.com',
  '21cn.com',
  'wo.cn',
  '189.cn',
  'vip.qq.com',
  'vip.163.com',
  'vip.126.com',
  'vip.sina.com',
  'hotmail.com.cn',
  'outlook.com.cn',
  'naver.com',
  'hanmail.net',
]);

/** A provider's national domains (yahoo.co.jp, hotmail.fr, outlook.de). */
const FREE_MAIL_NAME = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|aol|icloud|protonmail|gmx)\.[a-z.]+$/;

/** Whether anyone may hold an address at `domain` (gmail.com, qq.com, 163.com, yahoo.co.jp). */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL.has(domain) || FREE_MAIL_NAME.test(domain);
}
