package org.smtpreply.site;

/** What a site publishes. */
public enum SiteMode {
  /** The whole reference, with the page of the replies a codebase emits when a usage index is given. */
  REFERENCE,
  /**
   * Only the replies a codebase emits, as its home page, and the explanation pages of the codes they
   * use: the small site a team publishes as "the replies our server sends". Needs a usage index.
   */
  REPLIES
}
