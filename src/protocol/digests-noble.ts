/** The digests of ./digests.ts, computed by @noble/hashes. Loaded lazily in the browser app. */
import { md5 } from '@noble/hashes/legacy.js';
import { hmac } from '@noble/hashes/hmac.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Digests } from './digests.ts';

export const NOBLE_DIGESTS: Digests = {
  md5Hex: (data) => bytesToHex(md5(data)),
  hmacMd5Hex: (key, data) => bytesToHex(hmac(md5, key, data)),
};
