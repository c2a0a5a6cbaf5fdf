export { contentSecurityPolicy, inlineScriptHashes, routeOfHtmlFile, SECURITY_HEADERS, type CspManifest } from "./csp";
export { addressGroup, CLIENT_ADDRESS_HEADER, normalizeAddress, parseTrustedProxies, resolveClientAddress } from "./client-address";
