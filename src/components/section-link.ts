/**
 * The link to one section of the page the reader is on: the page address without query or
 * fragment, then `#` and the heading id as written (Chinese stays Chinese). Readers paste it into
 * WeChat, where a percent-encoded fragment (#%E7%B4%A7…) looks like garbage and gets cut off
 * by hand; browsers accept the readable form and encode it themselves.
 */
export function sectionLink(pageAddress: string, headingId: string): string {
  const url = new URL(pageAddress);
  return `${url.origin}${url.pathname}#${headingId}`;
}
