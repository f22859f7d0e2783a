// Generates site/sw.js with Workbox (called by bouw/offline.py after every build).
// Nothing is precached: a precache would make every first visit, also of content pages, download
// the site and the 13 MB Python runtime. Instead, routes cache what a visitor actually loads:
// pages and the other files network-first (new rules show at once, the last copy works offline),
// and the content-hashed runtime cache-first. The scripts and styles are not stale-while-
// revalidate: their names carry no hash, so the first visit after a deploy would otherwise run
// the previous build's binding and views against the new page and worker.
import { generateSW } from "workbox-build";

// A calculator link carries the reader's dates after #invoer: (an older one in its query,
// ?eerste_ziektedag=…), and Workbox keys what it stores by the request's full URL, fragment included:
// the reader's dates would stay on the device in the cache. No page or file of this site depends on
// either (the page script reads them from location), so pages and files are stored and looked up
// under their URL without them; every link then opens offline.
const zonderZoekdeel = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = "";
    url.hash = "";  // a calculation lives after #invoer: (rekenhulp.js); a navigation's request carries it
    return url.href;
  },
};

const [siteDir] = process.argv.slice(2);
const { warnings } = await generateSW({
  globDirectory: siteDir,
  globPatterns: [],
  swDest: `${siteDir}/sw.js`,
  inlineWorkboxRuntime: true,
  mode: "production",
  sourcemap: false,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  runtimeCaching: [
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/assets\/(pyodide|py)\//.test(url.pathname),
      handler: "CacheFirst",
      options: { cacheName: "spoorwijzer-runtime", expiration: { maxEntries: 12 } },
    },
    {
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: "NetworkFirst",
      options: { cacheName: "spoorwijzer-paginas", plugins: [zonderZoekdeel], networkTimeoutSeconds: 4 },
    },
    {
      urlPattern: ({ sameOrigin }) => sameOrigin,
      handler: "NetworkFirst",
      options: { cacheName: "spoorwijzer-bestanden", plugins: [zonderZoekdeel], networkTimeoutSeconds: 4 },
    },
  ],
});
for (const warning of warnings) console.warn(warning);
