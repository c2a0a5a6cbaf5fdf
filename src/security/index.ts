export { contentSecurityPolicy, inlineScriptHashes, routeOfHtmlFile, SECURITY_HEADERS, type CspManifest } from "./csp";
