/**
 * The service worker's answer to a symbol that is not precached (`symbols/<HEX>.svg`): from the
 * packs of the whole set once the app has cached them (src/lib/symbol-set.ts), so every symbol
 * shows offline; from the network until then.
 *
 * Workbox writes this function's text into the service worker, so it stands alone: no imports,
 * no names from outside it (the cache name and the packs' path are written out here and in
 * src/lib/symbol-set.ts; a test checks they agree).
 */
export async function serveSymbolFromSet({ request }: { request: Request }): Promise<Response> {
  const scope = self as unknown as {
    restorySymbols?: { packs: string; symbols: Promise<Map<string, string>> };
  };
  const cache = await caches.open('restory-symbol-set');
  const packs = (await cache.keys()).filter((key) => /\/symbols\/set\/pack-[^/]+$/.test(key.url));
  const packList = packs.map((key) => key.url).join(' ');
  if (scope.restorySymbols?.packs !== packList) {
    const read = async () => {
      const symbols = new Map<string, string>();
      for (const key of packs) {
        const response = await cache.match(key);
        const pack = (await response?.json()) as Record<string, string> | undefined;
        for (const [hexcode, svg] of Object.entries(pack ?? {})) symbols.set(hexcode, svg);
      }
      return symbols;
    };
    scope.restorySymbols = { packs: packList, symbols: read() };
  }
  const hexcode = /([0-9A-F-]+)\.svg$/.exec(new URL(request.url).pathname)?.[1] ?? '';
  const svg = (await scope.restorySymbols.symbols.catch(() => new Map<string, string>())).get(
    hexcode,
  );
  if (svg === undefined) return fetch(request);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
