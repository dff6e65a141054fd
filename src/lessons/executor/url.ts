/**
 * What `--url` accepts, checked when the option is parsed, so a bad address is refused (exit 2)
 * before any part of the lesson runs. Kept apart from the part's code: meta.ts imports it, and
 * meta.ts is loaded on every start.
 */
import { type Bi, fmt } from '../../i18n/index.js';

/**
 * The Fetch standard's "bad ports" (fetch.spec.whatwg.org/#port-blocking): fetch() refuses them
 * with the error "bad port" without trying the network, so they cannot be fetched at all.
 */
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

export const urlErrors = {
  badUrl: {
    zh: "--url 需要以 http:// 或 https:// 开头的网址，收到的是 '{url}'",
    en: "--url takes addresses starting with http:// or https://, got '{url}'",
  },
  badPort: {
    zh: "--url 的端口 {port} 被 fetch() 拒绝（Fetch 标准的“bad port”，不会去连接）：'{url}'",
    en: 'fetch() refuses port {port} of --url (a "bad port" in the Fetch standard; it never connects): \'{url}\'',
  },
} satisfies Record<string, Bi>;

/** undefined when fetch() can try `url`; otherwise the usage error to print. */
export function checkUrl(url: string): Bi | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fmt(urlErrors.badUrl, { url });
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) return fmt(urlErrors.badUrl, { url });
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  if (BAD_PORTS.has(port)) return fmt(urlErrors.badPort, { url, port });
  return undefined;
}
