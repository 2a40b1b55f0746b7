import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

export type Credentials = {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, colon-separated hex, as browsers show it in the certificate viewer. */
  fingerprint: string;
};

/** A session's invites last a few hours at most; the certificate need not outlive that by much. */
const VALID_DAYS = 2;

/**
 * A self-signed certificate made on this machine for one session's invites: nothing is fetched
 * and no authority vouches for it, so the partner checks it by its fingerprint, which the
 * candidate's window shows beside the link (docs/decisions/0013-network-pairing.md).
 */
export async function makeCredentials(addresses: readonly string[]): Promise<Credentials> {
  const ips = [...new Set(['127.0.0.1', '::1', ...addresses.filter((a) => a !== 'all')])];
  const notAfterDate = new Date(Date.now() + VALID_DAYS * 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'DesignDrill partner console' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, ...ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  return { key: pems.private, cert: pems.cert, fingerprint: new X509Certificate(pems.cert).fingerprint256 };
}
