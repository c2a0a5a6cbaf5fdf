/**
 * The id of a tool's answer (or, after a bad submit, its error summary). The forms' action ends with
 * `#result`, so after submitting the browser scrolls there by itself, with or without JavaScript.
 * A plain module, not the client component: a server component importing a constant from a
 * "use client" file gets a client reference, not the string.
 */
export const RESULT_ID = "result";
export const RESULT_HASH = `#${RESULT_ID}`;
