/**
 * The Content-Security-Policy: nothing but this origin, ever. It is served as a header by
 * `vite preview` (npm start) and written as a <meta> into the built index.html, so the precached
 * page carries it too when it opens offline. `frame-ancestors` only works as a header.
 * Photos are shown from blob: URLs made on the device.
 */
import type { Plugin } from 'vite';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Adds the policy as a <meta> to the built page only: the dev server's React refresh is inline. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'restory:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
