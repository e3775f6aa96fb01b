/**
 * Limits on what a widget sends, shared by the widget that enforces them for the person typing and
 * the collector (`map-embed collect`) that checks them again: if they differed, a comment the
 * widget let through would be refused, and the rating forgotten. No imports, so the Node build of
 * the collector can use it.
 */

/** Longest comment a rating may carry, in characters. */
export const COMMENT_LIMIT = 500;
